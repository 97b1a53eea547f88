import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { FileFacts, Value } from '../shared/code-facts.js';
import { unknownValue } from '../shared/code-facts.js';
import {
  FactCollector,
  MAX_DEPTH,
  Scope,
  collectComments,
  locOf,
} from '../shared/fact-collector.js';
import type { JavascriptContext } from './javascript-context.js';
import { evalJs } from './javascript-expressions.js';
import { normaliseJsRef } from './javascript-refs.js';
import { derived } from '../shared/merge-values.js';

/** Lowers a JavaScript/TypeScript syntax tree into facts. */
export function javascriptFacts(root: SyntaxNode, path: string, language: string): FileFacts {
  const ctx: JavascriptContext = {
    evaluate: evalJs,
    scope: new Scope(),
    facts: new FactCollector(),
    inLoop: false,
    depth: 0,
    walkFunction: (node) => walkFunction(node, ctx),
  };
  walkJs(root, ctx);
  collectComments(root, ctx.facts.comments);
  return ctx.facts.finish(path, language);
}

function walkJs(node: SyntaxNode, ctx: JavascriptContext): void {
  if (ctx.depth > MAX_DEPTH) return;
  ctx.depth++;
  try {
    walkNode(node, ctx);
  } finally {
    ctx.depth--;
  }
}

const statement =
  /(_statement|_declaration|^program$|^statement_block$|^variable_declarator$|^export_clause$|_clause$|^class_body$|^switch_case$|^switch_default$|^method_definition$)/;

function walkNode(node: SyntaxNode, ctx: JavascriptContext): void {
  switch (node.type) {
    case 'import_statement':
      return importStatement(node, ctx);
    case 'variable_declarator':
      return declare(node, ctx);
    case 'function_declaration':
    case 'generator_function_declaration':
    case 'method_definition':
      ctx.facts.functions.push({
        name: node.childForFieldName('name')?.text ?? '',
        loc: locOf(node),
      });
      return walkFunction(node, ctx);
    case 'for_in_statement':
    case 'for_statement':
    case 'while_statement':
    case 'do_statement':
      return loop(node, ctx);
    case 'comment':
      return;
    default:
      for (const child of node.namedChildren) {
        if (statement.test(child.type)) walkJs(child, ctx);
        else if (child.type !== 'comment') evalJs(child, ctx);
      }
  }
}

function importStatement(node: SyntaxNode, ctx: JavascriptContext): void {
  const source = node.childForFieldName('source');
  const module = normaliseJsRef(source ? (evalJs(source, ctx).text ?? '') : '');
  const clause = node.namedChildren.find((child) => child.type === 'import_clause');
  for (const part of clause?.namedChildren ?? []) {
    if (part.type === 'identifier') ctx.scope.set(part.text, { taints: new Set(), ref: module });
    else if (part.type === 'namespace_import') {
      const name = part.namedChildren[0]?.text;
      if (name) ctx.scope.set(name, { taints: new Set(), ref: module });
    } else if (part.type === 'named_imports') {
      for (const spec of part.namedChildren) {
        const name = spec.childForFieldName('name')?.text ?? '';
        const alias = spec.childForFieldName('alias')?.text ?? name;
        ctx.scope.set(alias, {
          taints: new Set(),
          ref: name === 'default' ? module : `${module}.${name}`,
        });
      }
    }
  }
}

function declare(node: SyntaxNode, ctx: JavascriptContext): void {
  const name = node.childForFieldName('name');
  const valueNode = node.childForFieldName('value');
  const value = valueNode ? evalJs(valueNode, ctx) : unknownValue;
  if (name) bindPattern(name, value, ctx);
}

function bindPattern(pattern: SyntaxNode, value: Value, ctx: JavascriptContext): void {
  if (pattern.type === 'identifier') return ctx.scope.set(pattern.text, value);
  if (pattern.type === 'object_pattern') {
    for (const part of pattern.namedChildren) {
      const key =
        part.type === 'pair_pattern'
          ? part.childForFieldName('key')?.text
          : part.text.split('=')[0]?.trim();
      const target = part.type === 'pair_pattern' ? part.childForFieldName('value') : part;
      const field = key
        ? (value.fields?.get(key) ??
          (value.ref ? { taints: value.taints, ref: `${value.ref}.${key}` } : derived([value])))
        : derived([value]);
      if (target?.type === 'shorthand_property_identifier_pattern')
        ctx.scope.set(target.text, field);
      else if (target) bindPattern(target, field, ctx);
    }
    return;
  }
  if (pattern.type === 'array_pattern') {
    pattern.namedChildren.forEach((part, index) =>
      bindPattern(part, value.items?.[index] ?? derived([value]), ctx),
    );
  }
}

function loop(node: SyntaxNode, ctx: JavascriptContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left && right) {
    const source = evalJs(right, ctx);
    const target =
      left.type === 'identifier'
        ? left
        : (left.namedChildren.find((child) => child.type === 'identifier') ?? left);
    bindPattern(target, derived([source]), ctx);
  }
  const wasInLoop = ctx.inLoop;
  ctx.inLoop = true;
  for (const child of node.namedChildren) {
    if (child === left || child === right) continue;
    if (statement.test(child.type)) walkJs(child, ctx);
    else evalJs(child, ctx);
  }
  ctx.inLoop = wasInLoop;
}

function walkFunction(node: SyntaxNode, ctx: JavascriptContext): void {
  const saved = ctx.scope;
  const wasInLoop = ctx.inLoop;
  ctx.scope = saved.child();
  ctx.inLoop = false;
  const body = node.childForFieldName('body');
  if (body) {
    if (statement.test(body.type)) walkJs(body, ctx);
    else evalJs(body, ctx);
  }
  ctx.scope = saved;
  ctx.inLoop = wasInLoop;
}
