// The maintainer's accept command, parsed from a comment the event or the API delivers.
export const ACCEPT_COMMAND = '/airlock accept';
const MAX_REASON = 300;

/** `/airlock accept <head sha> <reason>` on the comment's first line; null for other comments. */
export function parseAcceptComment(body: string): { sha: string | null; reason: string } | null {
  const first = body.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (first !== ACCEPT_COMMAND && !first.startsWith(`${ACCEPT_COMMAND} `)) return null;
  const rest = first.slice(ACCEPT_COMMAND.length).trim();
  const [token = '', ...words] = rest.split(/\s+/);
  const named = /^[0-9a-f]{7,64}$/i.test(token);
  const reason = (named ? words.join(' ') : rest).slice(0, MAX_REASON);
  return { sha: named ? token.toLowerCase() : null, reason };
}
