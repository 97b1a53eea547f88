import { classifyPath } from '../path-classes.js';
import { hit, namedPaths, writesTo } from './call-targets.js';
function checkCall(call) {
    const copies = call.capability === 'fs.copy';
    if (!writesTo(call) && !copies)
        return [];
    if (call.capability === 'fs.write' && call.receiver?.handle)
        return [];
    const paths = copies ? namedPaths(call).slice(1) : namedPaths(call).slice(0, 1);
    for (const path of paths) {
        const kind = classifyPath(path);
        if (kind === 'profile')
            return [hit(call, 'persist-shell-profile', 'high', `modifies the shell profile ${path}`)];
        if (kind === 'persistence')
            return [
                hit(call, 'persist-autostart', 'high', `installs into ${path}, which runs code later`),
            ];
    }
    return [];
}
export const persistence = {
    rules: [
        {
            id: 'persist-shell-profile',
            category: 'persistence',
            title: 'Shell profile modified',
            help: 'Writes to .bashrc, .profile, .zshrc or /etc/profile, so code runs in every later shell.',
            cwe: ['CWE-506'],
        },
        {
            id: 'persist-autostart',
            category: 'persistence',
            title: 'Autostart installed',
            help: 'Writes crontabs, git hooks, systemd units, autostart entries, authorized_keys or .pth files.',
            cwe: ['CWE-506'],
        },
    ],
    check: (facts) => facts.calls.flatMap(checkCall),
};
