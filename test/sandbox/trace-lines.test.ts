import { describe, expect, it } from 'vitest';
import { TraceLineSplitter } from '../../src/sandbox/trace-lines.js';

function split(chunks: string[], maxLine = 10): string[] {
  const lines: string[] = [];
  const splitter = new TraceLineSplitter(maxLine, (line) => lines.push(line));
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

describe('TraceLineSplitter', () => {
  it('joins lines cut across chunks and splits several in one chunk', () => {
    expect(split(['ab', 'c\nde', 'f\ng\n'])).toEqual(['abc', 'def', 'g']);
  });

  it('passes on a last line without its newline', () => {
    expect(split(['one\ntw', 'o'])).toEqual(['one', 'two']);
  });

  it('keeps empty lines as lines', () => {
    expect(split(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });

  it('cuts an overlong line to one past the limit and skips its rest, across chunks', () => {
    const long = 'x'.repeat(25);
    expect(split([`ok\n${long.slice(0, 8)}`, long.slice(8), `${long}\nnext\n`])).toEqual([
      'ok',
      'x'.repeat(11),
      'next',
    ]);
  });

  it('never holds more than the limit of a line that does not end', () => {
    const lines: string[] = [];
    const splitter = new TraceLineSplitter(10, (line) => lines.push(line));
    for (let i = 0; i < 1000; i += 1) splitter.push('y'.repeat(1000));
    splitter.end();
    expect(lines).toEqual(['y'.repeat(11)]);
  });
});
