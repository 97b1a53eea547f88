// actions/checkout persists its token as an http.<url>.extraheader, or (v6+) in a file pulled in
// through includeIf; a token in a remote URL is the older, hand-made variant of the same leak.
const credentialKeys = [/^http\..*\.extraheader$/i, /^includeif\..*\.path$/i];
const credentialUrl = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+:[^/@\s]+@/i;
/**
 * Keys of `git config --null --list` output (key, newline, value, NUL per entry) that hold or
 * pull in credentials. A PR's code running later could read them from .git/config.
 */
export function persistedCredentialKeys(listing) {
    const keys = [];
    for (const entry of listing.split('\0')) {
        const newline = entry.indexOf('\n');
        const key = newline === -1 ? entry : entry.slice(0, newline);
        const value = newline === -1 ? '' : entry.slice(newline + 1);
        if (key === '')
            continue;
        const isUrl = /^(remote\..*\.url|url\..*\.insteadof)$/i.test(key);
        if (credentialKeys.some((pattern) => pattern.test(key)) || (isUrl && credentialUrl.test(value)))
            keys.push(key);
    }
    return [...new Set(keys)];
}
