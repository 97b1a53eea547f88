const coAuthorLine = /^[ \t]*co-authored-by:[ \t]*(.*?)[ \t]*<([^<>\n]*)>[ \t]*$/gim;
/** Identities named by `Co-authored-by:` trailers, anywhere in the message. */
export function coAuthorsOf(message) {
    return [...message.matchAll(coAuthorLine)].map((match) => ({
        name: match[1] ?? '',
        email: match[2] ?? '',
    }));
}
