import { describe, expect, it } from 'vitest';
import { parseBlamePorcelain } from '../../src/collect/attribution-blame.js';

const base = 'f'.repeat(40);
const ai = 'a'.repeat(40);
const porcelain = [
  `${base} 1 1 1`,
  'author Human',
  'author-mail <h@x>',
  'summary base',
  'boundary',
  'filename f.txt',
  '\ta',
  `${ai} 2 2 2`,
  'author Copilot',
  'summary ai',
  `previous ${base} f.txt`,
  'filename f.txt',
  '\tboundary',
  `${ai} 3 3`,
  '\t',
  `${base} 2 4 1`,
  '\t\tfilename evil',
  '',
].join('\n');

describe('parseBlamePorcelain', () => {
  it('gives each head line its commit and whether it predates the range', () => {
    expect(parseBlamePorcelain(porcelain)).toEqual([
      { line: 1, sha: base, boundary: true },
      { line: 2, sha: ai, boundary: false },
      { line: 3, sha: ai, boundary: false },
      { line: 4, sha: base, boundary: true },
    ]);
  });

  it('never reads header keys out of line contents', () => {
    const lines = parseBlamePorcelain(porcelain);
    expect(lines.filter((line) => line.sha === ai).every((line) => !line.boundary)).toBe(true);
  });

  it('refuses output it does not understand', () => {
    expect(() => parseBlamePorcelain('nonsense\n')).toThrowError(/unexpected git blame output/);
  });

  it('returns no lines for an empty file', () => {
    expect(parseBlamePorcelain('')).toEqual([]);
  });
});
