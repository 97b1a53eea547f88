import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { Value } from '../shared/code-facts.js';
import { derived } from '../shared/merge-values.js';
import type { PythonContext } from './python-context.js';

/** Binds an assignment or loop target (name, tuple, attribute) to a value. */
export function bindTarget(target: SyntaxNode, value: Value, ctx: PythonContext): void {
  switch (target.type) {
    case 'identifier':
      ctx.scope.set(target.text, value);
      return;
    case 'attribute':
    case 'subscript':
      // 'self.url = x' is read back as 'self.url': good enough inside one class.
      ctx.scope.set(target.text, value);
      return;
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'tuple':
    case 'list':
    case 'expression_list': {
      const parts = target.namedChildren;
      parts.forEach((part, index) =>
        bindTarget(part, value.items?.[index] ?? derived([value]), ctx),
      );
      return;
    }
    case 'list_splat_pattern':
    case 'parenthesized_expression':
      if (target.namedChildren[0]) bindTarget(target.namedChildren[0], derived([value]), ctx);
      return;
    default:
      return;
  }
}
