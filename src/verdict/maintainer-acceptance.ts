import { ACCEPT_COMMAND } from '../config/accept-comment.js';
import type { Verdict, VerdictReason } from '../domain.js';

// Repository roles that may accept a blocked PR; triage, read and none may not.
const MAINTAINER_ROLES = new Set(['admin', 'maintain', 'write']);
// A shorter prefix could name more than one commit; seven is git's own shortest default.
const MIN_SHA_PREFIX = 7;
// Each ignored request is one line in the report; a PR full of them gets a count instead.
const MAX_IGNORED_NOTES = 5;
export const LOGIN = /^[A-Za-z0-9-]{1,39}(\[bot\])?$/;

/** One request to accept: an accept comment or the accept label, with who made it. */
export interface AcceptClaim {
  readonly via: 'label' | 'comment';
  readonly login: string;
  /** The commit it is bound to: the SHA a comment names, or the head when the label was applied. */
  readonly sha: string | null;
  readonly reason: string;
  /** Why `sha` is null, said when the claim is ignored for it. */
  readonly unbound?: string;
}

/** What GitHub says about the requests to accept, read by the adapter; plain data. */
export interface AcceptanceEvidence {
  readonly prAuthor: string | null;
  /** Newest first. */
  readonly claims: readonly AcceptClaim[];
  /** Each claimant's role on the repository, as the collaborators permission API reports it. */
  readonly roles: Readonly<Record<string, string>>;
}

const who = (login: string) => (LOGIN.test(login) ? `\`@${login}\`` : 'someone');
const what = (claim: AcceptClaim) =>
  claim.via === 'label'
    ? `The accept label added by ${who(claim.login)}`
    : `\`${ACCEPT_COMMAND}\` by ${who(claim.login)}`;

/** Why a claim does not accept `headSha`, or null when it does. */
function objection(
  claim: AcceptClaim,
  headSha: string,
  evidence: AcceptanceEvidence,
): string | null {
  if (!LOGIN.test(claim.login)) return 'the API named no valid login';
  if (evidence.prAuthor !== null && claim.login.toLowerCase() === evidence.prAuthor.toLowerCase())
    return "the pull request's author cannot accept it";
  const role = evidence.roles[claim.login] ?? 'no';
  if (!MAINTAINER_ROLES.has(role))
    return `${who(claim.login)} has ${role.replace(/[^a-z]/g, '') || 'no'} access to the repository; write, maintain or admin is needed`;
  if (claim.sha === null)
    return claim.unbound ?? `it names no commit; write \`${ACCEPT_COMMAND} <head sha> <reason>\``;
  if (claim.sha.length < MIN_SHA_PREFIX || !headSha.startsWith(claim.sha))
    return `it is for commit \`${claim.sha.slice(0, 12)}\`, not the head \`${headSha.slice(0, 12)}\`; each push is judged afresh`;
  return null;
}

/**
 * A failed or blocked verdict becomes `pass` when the newest valid request accepts this head
 * commit; every request ignored on the way is said in the notes.
 */
export function decideAcceptance(
  verdict: Verdict,
  headSha: string,
  evidence: AcceptanceEvidence,
): { verdict: Verdict; notes: string[] } {
  const overrode = verdict.conclusion;
  if (overrode !== 'fail' && overrode !== 'blocked') return { verdict, notes: [] };
  const ignored: string[] = [];
  for (const claim of evidence.claims) {
    const why = objection(claim, headSha, evidence);
    if (why !== null) {
      ignored.push(`${what(claim)} was ignored: ${why}.`);
      continue;
    }
    const accepted: VerdictReason = {
      kind: 'accepted',
      by: claim.login,
      reason: claim.reason.trim() || 'no reason given',
      via: claim.via,
      headSha,
      overrode,
    };
    return {
      verdict: { conclusion: 'pass', reasons: [accepted, ...verdict.reasons] },
      notes: boundNotes(ignored),
    };
  }
  return { verdict, notes: boundNotes(ignored) };
}

function boundNotes(notes: readonly string[]): string[] {
  if (notes.length <= MAX_IGNORED_NOTES) return [...notes];
  const rest = notes.length - MAX_IGNORED_NOTES;
  return [...notes.slice(0, MAX_IGNORED_NOTES), `${rest} more requests to accept were ignored.`];
}

/** Reads the requests to accept from GitHub; implemented in src/adapters (the action only). */
export interface AcceptanceReader {
  read(request: {
    readonly headSha: string;
    readonly acceptLabel: string | null;
  }): Promise<AcceptanceEvidence>;
}

/**
 * The verdict after any maintainer's acceptance of this head commit. Without a reader (the CLI),
 * or when nothing failed, it stands; a reader that cannot read leaves it standing and says so.
 */
export async function acceptVerdict(
  verdict: Verdict,
  request: { readonly headSha: string; readonly acceptLabel: string | null },
  deps: {
    readonly reader: AcceptanceReader | undefined;
    readonly log: { info(message: string): void; warn(message: string): void };
  },
): Promise<{ verdict: Verdict; notes: string[] }> {
  if (!deps.reader || (verdict.conclusion !== 'fail' && verdict.conclusion !== 'blocked'))
    return { verdict, notes: [] };
  let evidence: AcceptanceEvidence;
  try {
    evidence = await deps.reader.read(request);
  } catch (error) {
    const status =
      typeof error === 'object' && error !== null && 'status' in error
        ? ` (HTTP ${String(error.status)})`
        : '';
    const note = `Could not read the requests to accept this pull request${status}; the verdict stands.`;
    deps.log.warn(note);
    return { verdict, notes: [note] };
  }
  const decided = decideAcceptance(verdict, request.headSha, evidence);
  const first = decided.verdict.reasons[0];
  deps.log.info(
    first?.kind === 'accepted'
      ? `accepted by @${first.by} for ${request.headSha.slice(0, 12)}`
      : `${evidence.claims.length} requests to accept, none valid for ${request.headSha.slice(0, 12)}`,
  );
  return decided;
}

/** An analysis from another job cannot bring its own acceptance: it is decided again here. */
export function withoutAcceptance(verdict: Verdict): Verdict {
  const first = verdict.reasons[0];
  if (first?.kind !== 'accepted') return verdict;
  return {
    conclusion: first.overrode,
    reasons: verdict.reasons.filter((reason) => reason.kind !== 'accepted'),
  };
}
