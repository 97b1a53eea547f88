// Bidi controls, zero-width characters, soft hyphen, BOM, Unicode tag characters and C0/C1
// controls other than tab and newline: they hide or reorder text a reviewer reads.
const invisible = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;
/** Removes invisible and bidirectional characters; normalises line endings. */
export function stripInvisible(text) {
    return text.replace(/\r\n?/g, '\n').replace(invisible, '');
}
/** Removes HTML comments until none are left, so nested halves cannot reassemble one. */
export function stripHtmlComments(text) {
    let previous;
    let current = text;
    do {
        previous = current;
        current = current.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    } while (current !== previous);
    return current;
}
// Markdown punctuation that can start emphasis, links, images, headings, tables or code spans.
const markdownPunctuation = /[\\`*_{}[\]()#+!|~>-]/g;
function escapeMarkup(text) {
    // & first: entity forms (&#64; &commat;) then render literally instead of decoding to "@".
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(markdownPunctuation, '\\$&');
}
// GitHub neither links mentions, references nor URLs inside <code>.
const inertTokens = new RegExp([
    /(?<![\w@])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?/.source, // @user, @org/team
    /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"]+/.source, // scheme://…
    /\bwww\.[^\s<>"]+/.source,
    /(?<![\w&])(?:[\w.-]+\/[\w.-]+)?#\d+\b/.source, // #12, owner/repo#12
    /\bGH-\d+\b/.source,
    /\b[\w.+-]+@[\w-]+\.[\w.-]+/.source, // e-mail addresses autolink too
].join('|'), 'gi');
/**
 * Makes untrusted text safe as inline markdown: invisible characters and HTML comments removed,
 * every tag and markdown construct rendered literally, and mentions, issue references (so
 * closing keywords such as "fixes #1" reference nothing), URLs and e-mail addresses put in <code>.
 */
export function sanitizeInline(text, maxLength = 4000) {
    const clean = stripHtmlComments(stripInvisible(text));
    const clipped = clean.length > maxLength ? `${clean.slice(0, maxLength)}…` : clean;
    let result = '';
    let last = 0;
    for (const match of clipped.matchAll(inertTokens)) {
        result += escapeMarkup(clipped.slice(last, match.index));
        result += `<code>${escapeCodeText(match[0])}</code>`;
        last = match.index + match[0].length;
    }
    return result + escapeMarkup(clipped.slice(last));
}
// Markdown is still parsed inside inline HTML, so links and emphasis need escaping there too;
// "|" becomes an entity because GFM splits table cells before it parses code.
function escapeCodeText(text) {
    return text
        .replace(/[\\`*_{}[\]()!~]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;');
}
/** Inline text for one table cell: one line, pipes escaped. */
export function sanitizeTableCell(text, maxLength = 300) {
    return sanitizeInline(text.replace(/\s*\n\s*/g, ' '), maxLength);
}
/** A fenced code block longer than any backtick run inside, so content cannot close it early. */
export function fencedCode(text, language = '') {
    const clean = stripInvisible(text).replace(/\n+$/, '');
    const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const info = language.replace(/[^a-z0-9+-]/gi, '');
    return `${fence}${info}\n${clean}\n${fence}`;
}
