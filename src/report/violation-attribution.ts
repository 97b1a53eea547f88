import { XMLParser } from 'fast-xml-parser';
import type { Violation } from '../domain.js';
import { MAX_JUNIT_BYTES } from '../verdict/junit-xml.js';

type Node = Record<string, unknown>;
type TestRef = NonNullable<Violation['test']>;

interface TestWindow {
  readonly startMs: number;
  readonly endMs: number;
  readonly test: TestRef;
}

const MAX_WINDOWS = 20_000;
// JUnit times are rounded and leave out fixtures between cases; this much either side still counts.
const SLACK_MS = 50;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
});

/**
 * Names the test that was running when each violation was first seen. JUnit gives a suite's start
 * (`timestamp`) and each case's duration in run order, so case N ran from the suite start plus the
 * durations before it; reports without timestamps (node --test) attribute nothing.
 */
export function attributeViolations(
  violations: readonly Violation[],
  startedAt: string | undefined,
  junitReports: readonly string[],
): Violation[] {
  const runStart = startedAt ? Date.parse(startedAt) : NaN;
  if (Number.isNaN(runStart) || violations.length === 0) return [...violations];
  const windows = junitReports.flatMap((xml) => testWindows(xml));
  return violations.map((violation) => {
    const at = runStart + violation.firstAtMs;
    const window =
      windows.find((w) => at >= w.startMs && at <= w.endMs) ??
      windows.find((w) => at >= w.startMs - SLACK_MS && at <= w.endMs + SLACK_MS);
    return window ? { ...violation, test: window.test } : violation;
  });
}

function testWindows(xml: string): TestWindow[] {
  if (xml.length > MAX_JUNIT_BYTES || /<!DOCTYPE|<!ENTITY/i.test(xml)) return [];
  let document: Node;
  try {
    document = parser.parse(xml) as Node;
  } catch {
    return [];
  }
  const root = (document['testsuites'] ?? document) as Node;
  const windows: TestWindow[] = [];
  for (const suite of suitesOf(root)) {
    // Runners inside the sandbox write local time without a zone; the sandbox's TZ is UTC.
    const stamp = text(suite['@timestamp']);
    const start = stamp ? Date.parse(/Z|[+-]\d\d:?\d\d$/.test(stamp) ? stamp : `${stamp}Z`) : NaN;
    if (Number.isNaN(start)) continue;
    const cases = asArray(suite['testcase']).slice(0, MAX_WINDOWS - windows.length);
    const durations = cases.map((testcase) =>
      Math.max(0, Number(text(testcase['@time']) || 0) * 1000),
    );
    // Collection happens before the first case, so cases are laid out backwards from the suite's
    // end (start + its own time) when it has one, else forwards from its start.
    const suiteMs = Number(text(suite['@time']));
    let cursor =
      Number.isFinite(suiteMs) && suiteMs > 0 ? start + suiteMs * 1000 - sum(durations) : start;
    cases.forEach((testcase, index) => {
      const durationMs = durations[index] ?? 0;
      windows.push({ startMs: cursor, endMs: cursor + durationMs, test: testRef(testcase) });
      cursor += durationMs;
    });
  }
  return windows;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function suitesOf(root: Node): Node[] {
  const suites = asArray(root['testsuite']);
  return [...suites, ...suites.flatMap((suite) => suitesOf(suite))];
}

function testRef(testcase: Node): TestRef {
  const name = text(testcase['@name']).slice(0, 500) || 'unnamed test';
  const classname = text(testcase['@classname']);
  const rawFile =
    text(testcase['@file']) || (classname.includes('/') ? classname : moduleFile(classname));
  const file = rawFile ? rawFile.replace(/^\/workspace\//, '').slice(0, 1024) : null;
  const lineText = text(testcase['@line']);
  const line = /^\d{1,9}$/.test(lineText) ? Number(lineText) : NaN;
  const qualified = classname && !classname.includes('/') ? `${classname}.${name}` : name;
  return {
    name: qualified.slice(0, 500),
    file,
    line: Number.isInteger(line) && line >= 0 ? line : null,
  };
}

/** pytest's xunit2 reports name the module (`tests.test_b`, `tests.test_b.TestThing`), not the file. */
function moduleFile(classname: string): string {
  if (!/^[A-Za-z_][\w.]*$/.test(classname)) return '';
  const parts = classname.split('.');
  while (parts.length > 1 && /^[A-Z]/.test(parts.at(-1) ?? '')) parts.pop();
  return `${parts.join('/')}.py`;
}

function asArray(value: unknown): Node[] {
  return Array.isArray(value)
    ? (value.filter((v) => typeof v === 'object' && v !== null) as Node[])
    : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
