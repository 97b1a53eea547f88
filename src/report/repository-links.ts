import { sanitizeInline } from './sanitize-markdown.js';

/**
 * Where the repository lives on GitHub, from the runner's context (GITHUB_SERVER_URL,
 * GITHUB_REPOSITORY, GITHUB_RUN_ID), never from PR text. Null outside GitHub (`airlock check`).
 */
export interface RepositoryLinks {
  /** Origin only, e.g. https://github.com. */
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** The workflow run that produced the report; null when unknown. */
  readonly runId: string | null;
}

const namePart = /^[\w.-]{1,100}$/;

/** Validates the context values; anything odd yields null (plain locations), never a wrong link. */
export function repositoryLinks(input: {
  readonly serverUrl: string | undefined;
  readonly owner: string;
  readonly repo: string;
  readonly runId: string | undefined;
}): RepositoryLinks | null {
  let origin: string;
  try {
    const url = new URL(input.serverUrl || 'https://github.com');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    origin = url.origin;
  } catch {
    return null;
  }
  if (!namePart.test(input.owner) || !namePart.test(input.repo)) return null;
  const runId = input.runId && /^\d{1,20}$/.test(input.runId) ? input.runId : null;
  return { serverUrl: origin, owner: input.owner, repo: input.repo, runId };
}

// encodeURIComponent leaves ()!*' alone; ")" would end a markdown link, so they are encoded too.
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(
    /[()!*']/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const repoUrl = (links: RepositoryLinks) =>
  `${links.serverUrl}/${encodeSegment(links.owner)}/${encodeSegment(links.repo)}`;

/** `<server>/<owner>/<repo>/blob/<sha>/<path>#L<line>`, each path segment URL-encoded. */
export function blobUrl(
  links: RepositoryLinks,
  target: { readonly sha: string; readonly path: string; readonly line: number | null },
): string {
  const { sha, path, line } = target;
  const cleanSha = sha.replace(/[^0-9a-f]/g, '');
  const encoded = path.split('/').map(encodeSegment).join('/');
  const anchor = line !== null && line > 0 ? `#L${Math.trunc(line)}` : '';
  return `${repoUrl(links)}/blob/${cleanSha}/${encoded}${anchor}`;
}

/** `<server>/<owner>/<repo>/actions/runs/<run id>`, or null when the run is unknown. */
export function runUrl(links: RepositoryLinks): string | null {
  return links.runId === null ? null : `${repoUrl(links)}/actions/runs/${links.runId}`;
}

/**
 * A location as markdown: `path:line` sanitised, linked to the line at `sha` when links are
 * known. `maxLength` bounds the shown text; the link always carries the whole path.
 */
export function locationMarkdown(
  links: RepositoryLinks | null,
  location: { readonly sha: string; readonly path: string; readonly line: number | null },
  maxLength = 300,
): string {
  const { path, line } = location;
  const shown = line !== null && line > 0 ? `${path}:${line}` : path;
  const text = sanitizeInline(shown.replace(/\s*\n\s*/g, ' '), maxLength);
  if (links === null) return text;
  return `[${text}](${blobUrl(links, { sha: location.sha, path, line })})`;
}

/** Renders one location of the head commit as markdown (linked when on GitHub). */
export type Locate = (path: string, line: number | null, maxLength?: number) => string;

export function locator(links: RepositoryLinks | null, sha: string): Locate {
  return (path, line, maxLength) => locationMarkdown(links, { sha, path, line }, maxLength);
}
