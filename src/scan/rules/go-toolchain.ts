import type { CallFact, CommentFact, FileFacts } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit } from '../shared/call-targets.js';

// Go runs code before any test does: every init() of every imported package, and `go generate`
// runs whatever its directives name. These rules read only Go files.
const initEffects = new Set([
  'process.spawn',
  'process.shell',
  'process.kill',
  'net.http',
  'net.socket',
  'fs.write',
  'fs.delete',
  'fs.copy',
  'fs.chmod',
  'native',
]);
// A generator names a tool (stringer, mockgen, protoc); a shell, a download or a pipe is a payload.
const riskyGenerate =
  /\b(sh|bash|zsh)\s+-c\b|\b(curl|wget|nc)\b|https?:\/\/|\|\s*(sh|bash)\b|\$\(|\bgo\s+run\s+\S*@|\bbase64\b/;
// Build tags that name the CI environment compile code only where the secrets are; ordinary
// tags (linux, integration, ignore) do not.
const ciBuildTag = /\b(ci|github|actions|gha|runner|ci_only|on_ci)\b/i;
const buildLine = /^\/\/(go:build\s|\s*\+build\s)/;

function initSideEffects(facts: FileFacts): RuleHit[] {
  const inits = facts.functions.filter((fn) => fn.name === 'init');
  const inside = (call: CallFact) =>
    inits.some((fn) => call.loc.line >= fn.loc.line && call.loc.line <= fn.loc.endLine);
  return facts.calls
    .filter((call) => call.capability !== null && initEffects.has(call.capability) && inside(call))
    .map((call) =>
      hit(call, {
        ruleId: 'go-init-side-effect',
        severity: 'high',
        message: `init() ${call.callee || call.method || 'code'} runs on import, before any test`,
      }),
    );
}

function directiveHits(comment: CommentFact): RuleHit[] {
  const text = comment.text.trim();
  const evidence = text.slice(0, 200);
  if (text.startsWith('//go:generate') && riskyGenerate.test(text))
    return [
      {
        ruleId: 'go-generate-command',
        severity: 'high',
        message: 'a go:generate directive runs a shell, a download or a pipe',
        loc: comment.loc,
        evidence,
      },
    ];
  if (buildLine.test(text) && ciBuildTag.test(text.replace(buildLine, '')))
    return [
      {
        ruleId: 'go-build-tag-ci',
        severity: 'medium',
        message: 'a build constraint compiles this file only in CI',
        loc: comment.loc,
        evidence,
      },
    ];
  if (text.startsWith('//go:linkname'))
    return [
      {
        ruleId: 'native-escape-hatch',
        severity: 'medium',
        message: 'go:linkname reaches an unexported runtime symbol',
        loc: comment.loc,
        evidence,
      },
    ];
  return [];
}

export const goToolchain: RuleFamily = {
  rules: [
    {
      id: 'go-init-side-effect',
      category: 'go',
      title: 'init() with side effects',
      help: 'A Go init() function runs a process, opens a connection or writes files: it runs whenever the package is imported, tests included.',
      cwe: ['CWE-506'],
    },
    {
      id: 'go-generate-command',
      category: 'go',
      title: 'go:generate runs a payload',
      help: 'A //go:generate directive runs a shell command, a download or a pipe instead of a code generator.',
      cwe: ['CWE-78', 'CWE-494'],
    },
    {
      id: 'go-build-tag-ci',
      category: 'go',
      title: 'Build constraint targets CI',
      help: 'A //go:build or +build line names a CI tag (ci, github, actions): the file is compiled only where the runner and its secrets are, and reviewers never run it.',
      cwe: ['CWE-506'],
    },
  ],
  check: (facts: FileFacts) =>
    facts.language === 'go'
      ? [...initSideEffects(facts), ...facts.comments.flatMap(directiveHits)]
      : [],
};
