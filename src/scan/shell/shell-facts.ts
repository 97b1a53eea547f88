import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { CallFact, FileFacts, Value } from '../shared/code-facts.js';
import { constant } from '../shared/code-facts.js';
import { FactCollector, collectComments, evidenceOf, locOf } from '../shared/fact-collector.js';

// Shell scripts are lowered to one process.shell call per pipeline or list, whose command text
// is the source line, so the command-text rules that judge os.system() strings apply unchanged.
export function shellFacts(root: SyntaxNode, path: string): FileFacts {
  const facts = new FactCollector();
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (
      node.type === 'pipeline' ||
      node.type === 'list' ||
      node.type === 'command' ||
      node.type === 'redirected_statement'
    ) {
      facts.calls.push(commandCall(node));
      continue;
    }
    if (node.type === 'function_definition') {
      facts.functions.push({ name: node.childForFieldName('name')?.text ?? '', loc: locOf(node) });
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const child = node.namedChild(i);
      if (child) stack.push(child);
    }
  }
  collectComments(root, facts.comments);
  return facts.finish(path, 'bash');
}

function commandCall(node: SyntaxNode): CallFact {
  const text = node.text.replace(/\\\n/g, ' ');
  const args: Value[] = [constant(text)];
  const name = node.type === 'command' ? (node.childForFieldName('name')?.text ?? '') : '';
  return {
    capability: 'process.shell',
    callee: name ? `sh.${name}` : 'sh',
    args,
    kwargs: new Map(),
    loc: locOf(node),
    inLoop: false,
    evidence: evidenceOf(node),
    computedCallee: false,
  };
}
