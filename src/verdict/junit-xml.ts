import { XMLParser } from 'fast-xml-parser';
import type { TestCaseResult, TestResults, TestStatus } from '../domain.js';

// A JUnit report of even a large suite is a few MiB; more is not a report we should parse.
export const MAX_JUNIT_BYTES = 32 * 1024 * 1024;
const MAX_CASES = 5000;
const MAX_MESSAGE = 4000;

export interface JunitOptions {
  /** Absolute directories the tests ran in (e.g. "/workspace"); stripped to make paths relative. */
  readonly roots: readonly string[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

/** Reads pytest, vitest, jest-junit and node --test JUnit XML into per-test results. */
export function parseJunitXml(xml: string, options: JunitOptions): TestResults {
  if (xml.length > MAX_JUNIT_BYTES)
    throw new Error(`JUnit report larger than ${MAX_JUNIT_BYTES} bytes`);
  // JUnit never needs a DTD; refusing one rules out entity expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new Error('JUnit report contains a DTD');
  const document = parser.parse(xml) as Node;
  const root = (document.testsuites ?? document) as Node;
  const cases: TestCaseResult[] = [];
  const counts: Record<TestStatus, number> = { passed: 0, failed: 0, errored: 0, skipped: 0 };
  let total = 0;
  for (const { suite, node } of testcases(root, '')) {
    total += 1;
    const result = toResult(node, suite, options);
    counts[result.status] += 1;
    // Failing cases first: they are what the report names.
    if (cases.length < MAX_CASES || result.status !== 'passed') cases.push(result);
  }
  const kept = [
    ...cases.filter((c) => c.status !== 'passed'),
    ...cases.filter((c) => c.status === 'passed'),
  ];
  return {
    source: 'junit',
    ...counts,
    cases: kept.slice(0, MAX_CASES),
    truncated: total > MAX_CASES,
  };
}

function* testcases(node: Node, suite: string): Generator<{ suite: string; node: Node }> {
  for (const testcase of asNodes(node.testcase)) yield { suite, node: testcase };
  for (const child of asNodes(node.testsuite)) {
    yield* testcases(child, attr(child, 'name') ?? suite);
  }
}

function asNodes(value: unknown): Node[] {
  return Array.isArray(value)
    ? value.filter((v): v is Node => typeof v === 'object' && v !== null)
    : [];
}

function attr(node: Node, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

function bodyOf(raw: unknown): string {
  // <failure>text</failure> parses to a string; with attributes, to an object.
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw !== 'object' || raw === null) return '';
  const node = raw as Node;
  const body = typeof node['#text'] === 'string' ? node['#text'].trim() : '';
  return [attr(node, 'message'), body].filter(Boolean).join('\n');
}

function problemOf(node: Node): { status: TestStatus; message: string } {
  const [failure] = Array.isArray(node.failure) ? (node.failure as unknown[]) : [];
  if (failure !== undefined) return { status: 'failed', message: bodyOf(failure) };
  const [error] = Array.isArray(node.error) ? (node.error as unknown[]) : [];
  if (error !== undefined) return { status: 'errored', message: bodyOf(error) };
  return { status: Array.isArray(node.skipped) ? 'skipped' : 'passed', message: '' };
}

function toResult(node: Node, suite: string, options: JunitOptions): TestCaseResult {
  const problem = problemOf(node);
  const message = problem.message.slice(0, MAX_MESSAGE);
  const location = locate(node, message, options);
  const time = Number(attr(node, 'time'));
  return {
    suite: suite.slice(0, 500),
    name: (attr(node, 'name') ?? '').slice(0, 500),
    status: problem.status,
    file: location.file,
    line: location.line,
    message,
    durationMs: Number.isFinite(time) ? Math.round(time * 1000) : null,
  };
}

/** Makes a reported path repository-relative, or null when it lies outside the roots. */
export function relativePath(path: string, roots: readonly string[]): string | null {
  const plain = path.replace(/^file:\/\//, '').replace(/^\.\//, '');
  if (!plain.startsWith('/')) return plain.includes('..') ? null : plain;
  const root = roots.find((r) => plain.startsWith(`${r.replace(/\/$/, '')}/`));
  return root === undefined ? null : plain.slice(root.replace(/\/$/, '').length + 1);
}

const frame = /((?:file:\/\/)?[^\s():'"❯]+\.[A-Za-z0-9]{1,6}):(\d+)/g;

function locate(
  node: Node,
  message: string,
  options: JunitOptions,
): { file: string | null; line: number | null } {
  const classname = attr(node, 'classname') ?? '';
  const declared =
    attr(node, 'file') ?? (/\.[cm]?[jt]sx?$|\.py$/.test(classname) ? classname : undefined);
  const file = declared === undefined ? null : relativePath(declared, options.roots);
  const lineAttr = Number(attr(node, 'line'));
  const frames = [...message.matchAll(frame)]
    .map((m) => ({ file: relativePath(m[1] ?? '', options.roots), line: Number(m[2]) }))
    .filter(
      (f): f is { file: string; line: number } =>
        f.file !== null && !/node_modules|site-packages|^node:/.test(f.file),
    );
  if (file !== null) {
    const match = frames.find((f) => f.file === file);
    return {
      file,
      line: Number.isInteger(lineAttr) && lineAttr > 0 ? lineAttr : (match?.line ?? null),
    };
  }
  // pytest's default xunit2 has no file attribute: the module path comes from the dotted classname.
  const modulePath = classname
    .split('.')
    .filter((part) => !/^[A-Z]/.test(part))
    .join('/');
  const match = frames.find((f) => f.file.replace(/\.[^.]+$/, '') === modulePath) ?? frames[0];
  return { file: match?.file ?? null, line: match?.line ?? null };
}
