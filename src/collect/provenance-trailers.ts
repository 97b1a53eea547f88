import type { Identity } from './provenance-commit-log.js';

const coAuthorLine = /^[ \t]*co-authored-by:[ \t]*(.*?)[ \t]*<([^<>\n]*)>[ \t]*$/gim;

/** Identities named by `Co-authored-by:` trailers, anywhere in the message. */
export function coAuthorsOf(message: string): Identity[] {
  return [...message.matchAll(coAuthorLine)].map((match) => ({
    name: match[1] ?? '',
    email: match[2] ?? '',
  }));
}
