import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { decimal, integer, listInput, mebibytes, seconds, toolkitBoolean } from './input-values.js';
/** Raw defaults exactly as action.yml declares them; a test keeps the two equal. */
export const inputDefaults = {
    'github-token': '${{ github.token }}',
    mode: 'full',
    'test-command': '',
    'install-command': '',
    'working-directory': '.',
    scope: 'ai-authored',
    'fail-on': 'high',
    'ai-authors': '',
    'ai-labels': 'ai-generated, ai-authored',
    'ai-branch-prefixes': 'copilot/, codex/, devin/, cursor/, claude/',
    'policy-file': '.github/airlock.yml',
    'check-name': 'Airlock',
    comment: 'true',
    'upload-sarif': 'false',
    'sarif-category': 'airlock',
    'results-dir': 'airlock-results',
    'allow-persisted-credentials': 'false',
    memory: '2048',
    cpus: '2',
    timeout: '600',
    pids: '512',
    'sandbox-env': '',
};
const relativePath = z
    .string()
    .max(1024)
    .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, without "..")',
});
const command = z
    .string()
    .max(32 * 1024)
    .transform((value) => (value.trim() === '' ? null : value));
export const failOnSchema = z.enum(['low', 'medium', 'high', 'critical', 'none']);
export const scopeSchema = z.enum(['ai-authored', 'all']);
const inputSchemas = {
    'github-token': z.string().max(4096),
    mode: z.enum(['full', 'analyze', 'report']),
    'test-command': command,
    'install-command': command,
    'working-directory': relativePath,
    scope: scopeSchema,
    'fail-on': failOnSchema,
    'ai-authors': listInput,
    'ai-labels': listInput,
    'ai-branch-prefixes': listInput,
    'policy-file': relativePath,
    'check-name': z.string().min(1).max(100),
    comment: toolkitBoolean,
    'upload-sarif': toolkitBoolean,
    'sarif-category': z
        .string()
        .regex(/^[\w./-]{1,100}$/, 'use letters, digits, "-", "_", "." or "/"'),
    'results-dir': relativePath,
    'allow-persisted-credentials': toolkitBoolean,
    memory: mebibytes.pipe(z
        .number()
        .int()
        .min(64)
        .max(1024 * 1024)),
    cpus: decimal.pipe(z.number().min(0.1).max(256)),
    timeout: seconds.pipe(z
        .number()
        .int()
        .min(1)
        .max(6 * 3600)),
    pids: integer.pipe(z.number().int().min(16).max(1_000_000)),
    'sandbox-env': listInput,
};
// An input the workflow leaves out arrives as "" (toolkit getInput), which means "use the default";
// the token's default is an expression only the runner can evaluate, so "" stays "".
const defaultFor = (name) => name === 'github-token' ? '' : inputDefaults[name];
const actionInputsSchema = z.object(Object.fromEntries(Object.entries(inputSchemas).map(([name, schema]) => [
    name,
    z.preprocess((value) => (value === undefined || value === '' ? defaultFor(name) : value), schema),
])));
/** Parses every input once; `raw` maps input names to what the runner passed (INPUT_*). */
export function parseActionInputs(raw) {
    const trimmed = Object.fromEntries(Object.keys(inputDefaults).map((name) => [name, trimInput(name, raw[name])]));
    const parsed = actionInputsSchema.safeParse(trimmed);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ConfigError(String(issue?.path[0] ?? 'inputs'), issue?.message ?? 'invalid');
    }
    const input = parsed.data;
    const config = {
        mode: input.mode,
        testCommand: input['test-command'],
        installCommand: input['install-command'],
        workingDirectory: input['working-directory'],
        scope: input.scope,
        failOn: input['fail-on'],
        aiAuthors: input['ai-authors'],
        aiLabels: input['ai-labels'],
        aiBranchPrefixes: input['ai-branch-prefixes'],
        policyFile: input['policy-file'],
        checkName: input['check-name'],
        comment: input.comment,
        uploadSarif: input['upload-sarif'],
        sarifCategory: input['sarif-category'],
        resultsDir: input['results-dir'],
        allowPersistedCredentials: input['allow-persisted-credentials'],
        limits: {
            memoryMiB: input.memory,
            cpus: input.cpus,
            timeoutSeconds: input.timeout,
            pids: input.pids,
        },
        sandboxEnv: input['sandbox-env'],
    };
    return { config: Object.freeze(config), token: input['github-token'] };
}
// Commands keep their inner whitespace (multi-line scripts); single-line values are trimmed.
function trimInput(name, value) {
    if (value === undefined)
        return undefined;
    return name === 'test-command' || name === 'install-command' ? value : value.trim();
}
/** Reads INPUT_* variables the way the runner names them: upper-cased, spaces to "_". */
export function inputsFromEnv(env) {
    return Object.fromEntries(Object.keys(inputDefaults).map((name) => [
        name,
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
    ]));
}
