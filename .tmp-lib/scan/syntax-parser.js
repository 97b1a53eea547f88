export const allLanguages = [
    'python',
    'javascript',
    'typescript',
    'tsx',
    'bash',
];
const byExtension = {
    py: 'python',
    pyw: 'python',
    pyi: 'python',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'javascript',
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    tsx: 'tsx',
    sh: 'bash',
    bash: 'bash',
    zsh: 'bash',
};
const interpreters = [
    [/python[0-9.]*\b/, 'python'],
    [/\b(node|deno|bun)\b/, 'javascript'],
    [/\b(ba|z|da|k)?sh\b/, 'bash'],
];
/** Picks a grammar from the file name, or from a '#!' line for extensionless scripts. */
export function languageOf(path, text) {
    const name = path.split('/').pop() ?? path;
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
        const known = byExtension[name.slice(dot + 1).toLowerCase()];
        if (known)
            return known;
    }
    if (name === '.bashrc' || name === '.profile' || name === '.zshrc')
        return 'bash';
    if (!text.startsWith('#!'))
        return null;
    const shebang = text.slice(0, text.indexOf('\n') >>> 0);
    for (const [pattern, language] of interpreters)
        if (pattern.test(shebang))
            return language;
    return null;
}
