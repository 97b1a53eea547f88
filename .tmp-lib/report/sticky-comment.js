// GITHUB_TOKEN cannot call GET /user; comments it writes are authored by this app account.
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * Finds our sticky comment: the marker counts only at the start of a comment authored by our own
 * identity, so a PR author cannot plant a marker and have us edit (or hide behind) their comment.
 */
export function findStickyComment(comments, options) {
    const own = new Set(options.ownLogins.map((login) => login.toLowerCase()));
    const ours = comments.filter((c) => own.has(c.user?.login.toLowerCase() ?? ''));
    return ours.find((c) => (c.body ?? '').startsWith(options.marker)) ?? null;
}
