// GITHUB_TOKEN cannot call GET /user; comments it writes are authored by this app account.
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

interface CommentLike {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login: string } | null;
}

/**
 * Finds our sticky comment: the marker counts only at the start of a comment authored by our own
 * identity, so a PR author cannot plant a marker and have us edit (or hide behind) their comment.
 */
export function findStickyComment<T extends CommentLike>(
  comments: readonly T[],
  options: { readonly marker: string; readonly ownLogins: readonly string[] },
): T | null {
  const own = new Set(options.ownLogins.map((login) => login.toLowerCase()));
  const ours = comments.filter((c) => own.has(c.user?.login.toLowerCase() ?? ''));
  return ours.find((c) => (c.body ?? '').startsWith(options.marker)) ?? null;
}
