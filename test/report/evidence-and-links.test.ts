import { describe, expect, it } from 'vitest';
import { excerptOf, withExcerpts } from '../../src/scan/finding-excerpts.js';
import { blobUrl, repositoryLinks, runUrl } from '../../src/report/repository-links.js';
import { finding } from './report-fixtures.js';

const links = { serverUrl: 'https://github.example', owner: 'o', repo: 'r', runId: '7' };

describe('links to the head commit', () => {
  it('encodes each path segment, including characters that would end a markdown link', () => {
    expect(blobUrl(links, { sha: 'ab'.repeat(20), path: 'a b/(x)#y?.py', line: 3 })).toBe(
      `https://github.example/o/r/blob/${'ab'.repeat(20)}/a%20b/%28x%29%23y%3F.py#L3`,
    );
  });

  it('links the workflow run from the run id of the context', () => {
    expect(runUrl(links)).toBe('https://github.example/o/r/actions/runs/7');
  });

  it('builds no links from a server URL that is not http(s), or odd names', () => {
    expect(
      repositoryLinks({ serverUrl: 'javascript:alert(1)', owner: 'o', repo: 'r', runId: '1' }),
    ).toBeNull();
    expect(
      repositoryLinks({ serverUrl: undefined, owner: 'o/x', repo: 'r', runId: '1' }),
    ).toBeNull();
    expect(
      repositoryLinks({ serverUrl: 'https://github.com/x?y', owner: 'o', repo: 'r', runId: '1;' }),
    ).toEqual({ serverUrl: 'https://github.com', owner: 'o', repo: 'r', runId: null });
  });
});

describe('the excerpt of a finding', () => {
  it('is the lines of the finding, bounded in lines and characters', () => {
    const text = Array.from({ length: 20 }, (_, i) => `line ${i + 1} ${'x'.repeat(i * 20)}`).join(
      '\n',
    );
    const excerpt = excerptOf(text, 3, 15);
    const lines = excerpt?.text.split('\n') ?? [];
    expect(excerpt?.startLine).toBe(3);
    expect(lines[0]).toBe(`line 3 ${'x'.repeat(40)}`);
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('… (7 more lines)');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(161);
  });

  it('drops the indentation its lines share', () => {
    expect(excerptOf('def f():\n    if x:\n        go()\n', 2, 3)?.text).toBe('if x:\n    go()');
  });

  it('of a removal shows what was removed, not what is there now', () => {
    const change = {
      path: 'tests/test_math.py',
      status: 'modified' as const,
      oldMode: '100644',
      newMode: '100644',
      newBytes: new TextEncoder().encode('def test_adds():\n    pass\n'),
      added: [2],
      removed: [{ anchor: 2, text: '    assert add(1, 1) == 2' }],
    };
    const [found] = withExcerpts(
      [finding({ ruleId: 'test-assertion-removed', path: change.path, line: 2, endLine: 2 })],
      { range: 'a..b', files: [change] },
    );
    expect(found?.excerpt).toEqual({
      startLine: 2,
      text: '- assert add(1, 1) == 2',
      removed: true,
    });
  });

  it('is read from the head version of the file in the change set', () => {
    const changes = {
      range: 'a..b',
      files: [
        {
          path: 'conftest.py',
          status: 'added' as const,
          oldMode: '000000',
          newMode: '100644',
          newBytes: new TextEncoder().encode('import os\n\nos.system("x")\n'),
          added: [1, 2, 3],
          removed: [],
        },
      ],
    };
    const [found, missing] = withExcerpts(
      [finding({ line: 3, endLine: 3 }), finding({ path: 'gone.py' })],
      changes,
    );
    expect(found?.excerpt).toEqual({ startLine: 3, text: 'os.system("x")' });
    expect(missing?.excerpt).toBeUndefined();
  });
});
