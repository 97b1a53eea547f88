import { describe, expect, it } from 'vitest';
import {
  fencedCode,
  sanitizeInline,
  sanitizeTableCell,
  stripHtmlComments,
  stripInvisible,
} from '../../src/report/sanitize-markdown.js';

// Text outside <code>…</code> after sanitising: where GitHub would link mentions and references.
const outsideCode = (markdown: string) => markdown.replace(/<code>.*?<\/code>/g, ' ');

describe('sanitizeInline', () => {
  it.each(['@maintainer', '@org/security-team', 'cc @a and @b-c'])(
    'puts the mention in %s inside code',
    (text) => {
      const result = sanitizeInline(text);
      expect(outsideCode(result)).not.toMatch(/@/);
      expect(result).toContain('<code>@');
    },
  );

  it.each(['&#64;maintainer', '&commat;maintainer', '&#x40;maintainer'])(
    'keeps the entity form %s literal so it never decodes to a mention',
    (text) => {
      expect(sanitizeInline(text)).toMatch(/^&amp;/);
    },
  );

  it('defuses closing keywords and cross-repository references', () => {
    const result = sanitizeInline('fixes #1, closes octo/repo#22 and GH-3');
    expect(outsideCode(result)).not.toMatch(/#\d|GH-\d/);
    expect(result).toContain('<code>#1</code>');
  });

  it('makes link syntax and bare URLs inert', () => {
    const result = sanitizeInline('[APPROVED](https://evil.example/x) see www.evil.example');
    expect(outsideCode(result)).not.toMatch(/https?:|www\./);
    expect(result).toContain('\\[APPROVED\\]');
    expect(result).not.toMatch(/\]\(/);
  });

  it('escapes link syntax smuggled into a URL', () => {
    expect(sanitizeInline('https://a.example/[x](https://evil.example)')).not.toMatch(
      /[^\\][[\]()]/,
    );
  });

  it('renders every HTML tag as text', () => {
    const result = sanitizeInline(
      '<img src=x onerror=alert(1)><details open><summary>ok</summary>',
    );
    expect(result).not.toMatch(/<(?!\/?code>)/);
  });

  it('removes HTML comments hiding text', () => {
    expect(sanitizeInline('visible<!-- @everyone hidden -->')).toBe('visible');
  });

  it('removes bidi overrides and zero-width characters', () => {
    expect(sanitizeInline('ad\u202Emin\u200B\u2066x\uFEFF')).toBe('adminx');
  });

  it('escapes emphasis and headings', () => {
    expect(sanitizeInline('# **LGTM**')).toBe('\\# \\*\\*LGTM\\*\\*');
  });

  it('clips long text with an ellipsis', () => {
    expect(sanitizeInline('a'.repeat(50), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});

describe('stripHtmlComments', () => {
  it('strips comments repeatedly so halves cannot reassemble one', () => {
    expect(stripHtmlComments('a<!<!-- x -->-- hidden -->b')).toBe('ab');
  });

  it('strips an unterminated comment to the end', () => {
    expect(stripHtmlComments('shown<!-- rest')).toBe('shown');
  });
});

describe('stripInvisible', () => {
  it('keeps tabs and newlines and normalises CRLF', () => {
    expect(stripInvisible('a\tb\r\nc\x07')).toBe('a\tb\nc');
  });
});

describe('sanitizeTableCell', () => {
  it('escapes pipes and folds newlines so one value stays one cell', () => {
    const result = sanitizeTableCell('tests/a|b.py\n| x | y |');
    expect(result.replace(/\\\|/g, '')).not.toContain('|');
    expect(result).not.toContain('\n');
  });

  it('escapes pipes inside code-wrapped tokens with an entity', () => {
    expect(sanitizeTableCell('https://a.example/?q=1|2')).toContain('&#124;');
  });
});

describe('fencedCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = fencedCode('x = """\n````\n```\n"""');
    expect(block.startsWith('`````\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  it('uses three backticks for plain text and keeps the content verbatim', () => {
    expect(fencedCode('@user <b>hi</b>\n', 'py')).toBe('```py\n@user <b>hi</b>\n```');
  });

  it('drops characters from the info string that could break out', () => {
    expect(fencedCode('x', 'py\n# title')).toBe('```pytitle\nx\n```');
  });
});
