import { describe, expect, it } from 'vitest';
import { OutputCapture } from '../../src/sandbox/output-capture.js';
import { LineSplitter } from '../../src/sandbox/live-output.js';

describe('OutputCapture', () => {
  it('keeps short output whole', () => {
    const capture = new OutputCapture(10, 10);
    capture.push(Buffer.from('hello\n'));
    expect(capture.text()).toBe('hello\n');
    expect(capture.truncated).toBe(false);
  });

  it('keeps the head and the tail of a flood and says how much was dropped', () => {
    const capture = new OutputCapture(4, 4);
    for (const chunk of ['abcd', 'efgh', 'ijkl', 'mnop']) capture.push(Buffer.from(chunk));
    expect(capture.truncated).toBe(true);
    expect(capture.totalBytes).toBe(16);
    expect(capture.text()).toBe('abcd\n[airlock: 8 bytes of output omitted]\nmnop');
  });

  it('splits a single chunk across head and tail', () => {
    const capture = new OutputCapture(3, 3);
    capture.push(Buffer.from('0123456789'));
    expect(capture.text()).toBe('012\n[airlock: 4 bytes of output omitted]\n789');
  });

  it('holds bounded memory however much is pushed', () => {
    const capture = new OutputCapture(1024, 1024);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    for (let i = 0; i < 2000; i += 1) capture.push(chunk);
    expect(capture.totalBytes).toBe(2000 * 64 * 1024);
    expect(capture.text().length).toBeLessThan(4096);
  });
});

describe('LineSplitter', () => {
  it('emits complete lines and holds the rest', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('a\nb')).toEqual(['a']);
    expect(splitter.push('c\r\n')).toEqual(['bc']);
    expect(splitter.flush()).toEqual([]);
  });

  it('breaks an endless line into bounded pieces', () => {
    const splitter = new LineSplitter(4);
    expect(splitter.push('abcdefghij')).toEqual(['abcd', 'efgh']);
    expect(splitter.flush()).toEqual(['ij']);
  });
});
