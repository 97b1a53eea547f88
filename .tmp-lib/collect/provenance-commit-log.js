/** Arguments for `git log` whose output parseCommitLog reads: one NUL-terminated record each. */
export const commitLogFormat = '--format=%H%n%P%n%an%n%ae%n%cn%n%ce%n%B';
/**
 * Parses `git log -z <commitLogFormat>`. Identities cannot hold newlines (git strips them), so
 * the first six lines are fields and the rest of the record is the raw message.
 */
export function parseCommitLog(text) {
    return text
        .split('\0')
        .filter((record) => record.trim() !== '')
        .map((record) => {
        const fields = record.replace(/^\n/, '').split('\n');
        const [sha = '', parents = '', an = '', ae = '', cn = '', ce = ''] = fields;
        if (!/^[0-9a-f]{40,64}$/.test(sha))
            throw new Error(`unexpected git log record: ${sha.slice(0, 80)}`);
        return {
            sha,
            parents: parents.split(' ').filter((parent) => parent !== ''),
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
            message: fields.slice(6).join('\n'),
        };
    });
}
