/**
 * Wraps untrusted text for the Actions log: between `::stop-commands::<token>` and `::<token>::`
 * the runner ignores workflow commands (::error, ::add-mask::, ::set-output …). The token must be
 * unguessable (a fresh random UUID) and is refused if the text already contains it.
 */
export function wrapUntrustedLog(lines, token) {
    if (!/^[A-Za-z0-9-]{16,}$/.test(token))
        throw new Error('stop-commands token must be a random UUID');
    if (lines.some((line) => line.includes(token)))
        throw new Error('untrusted text contains the stop-commands token');
    return [`::stop-commands::${token}`, ...lines, `::${token}::`];
}
