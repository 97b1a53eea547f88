import type { Identity } from './provenance-commit-log.js';

// The address is optional: Claude Code has written "Co-authored-by: Claude" with none.
const coAuthorLine = /^[ \t]*co-authored-by:[ \t]*([^<>\n]*?)[ \t]*(?:<([^<>\n]*)>)?[ \t]*$/gim;

/** Identities named by `Co-authored-by:` trailers, anywhere in the message; email '' if absent. */
export function coAuthorsOf(message: string): Identity[] {
  return [...message.matchAll(coAuthorLine)]
    .map((match) => ({ name: match[1] ?? '', email: match[2] ?? '' }))
    .filter((identity) => identity.name !== '' || identity.email !== '');
}

// Claude Code names a model ("claude-sonnet:3.7-thinking", "claude-3-opus") or plain "Claude".
const claudeModel = /^claude[-_ ]?(?:\d|sonnet|opus|haiku|code\b|instant)[\w.:-]*(?: [\w.:-]+)*$/i;
const claudeBare = /^claude(?: code)?$/i;

/**
 * The agent a co-author trailer names by its name alone. A bare "Claude" counts only without an
 * address (a person called Claude writes theirs); a model name counts with any address.
 */
export function agentOfTrailerName(identity: Identity): string | null {
  const name = identity.name.trim();
  if (claudeModel.test(name)) return 'claude';
  if (identity.email.trim() === '' && claudeBare.test(name)) return 'claude';
  return null;
}
