import type { SandboxRoot } from '../domain.js';

/** A tool the guest lacked, read from what the failing command printed. */
export interface MissingTool {
  readonly name: string;
  /** A command not on the guest's PATH, or a module `python -m <module>` could not find. */
  readonly kind: 'command' | 'python-module';
}

interface FailedRun {
  readonly outcome: string;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const NAME = '([A-Za-z0-9][A-Za-z0-9._+-]{0,63})';
// The shells' and env's own words for a command that is not there (dash, bash, busybox, env).
const COMMAND_NOT_FOUND = [
  new RegExp(`^(?:\\S*/)?(?:sh|dash): \\d+: ${NAME}: not found$`),
  new RegExp(`^(?:\\S*/)?bash: (?:line \\d+: )?${NAME}: command not found$`),
  new RegExp(`^(?:\\S*/)?env: [‘'"]?${NAME}[’'"]?: No such file or directory$`),
];
// `python3 -m pytest` without pytest: the interpreter names itself, then the module.
const MODULE_NOT_FOUND = new RegExp(`^(?:\\S*/)?python[0-9.]*: No module named ${NAME}$`);
// Only each stream's last lines are read: the failure that ended the command is there.
const TAIL_LINES = 200;
const MAX_TOOLS = 5;

/**
 * What the guest lacked when a command failed for want of a tool: the shell's exit status 127 with
 * its "not found" line, or `python -m` naming the missing module. Pure; the output is the guest's
 * (attacker data): only names of a plain shape are kept, at most five.
 */
export function findMissingTools(run: FailedRun): MissingTool[] {
  if (run.outcome !== 'failed') return [];
  const tail = (text: string) => text.split('\n').slice(-TAIL_LINES);
  const lines = [...tail(run.stderr), ...tail(run.stdout)].map((line) => line.trim());
  const found = new Map<string, MissingTool>();
  for (const line of lines) {
    if (run.exitCode === 127) {
      for (const pattern of COMMAND_NOT_FOUND) {
        const name = pattern.exec(line)?.[1];
        if (name) found.set(`command ${name}`, { name, kind: 'command' });
      }
    }
    const module = run.exitCode === 1 ? MODULE_NOT_FOUND.exec(line)?.[1] : undefined;
    if (module) found.set(`module ${module}`, { name: module, kind: 'python-module' });
  }
  return [...found.values()].slice(0, MAX_TOOLS);
}

/** One sentence per missing tool: what was missing, in which root, and how to provide it. */
export function describeMissingTool(tool: MissingTool, root: SandboxRoot | undefined): string {
  const what =
    tool.kind === 'command'
      ? `\`${tool.name}\` is not on the guest's PATH`
      : `the guest's Python has no module \`${tool.name}\``;
  return `${what}. ${provide(root)}`;
}

function provide(root: SandboxRoot | undefined): string {
  const install =
    'or install it in the install phase (`--install` / `install-command`), whose writes to the workspace and the guest home the tests see';
  if (root === 'runner')
    return `The guest runs the runner's own toolchains (its /usr, /opt, /etc, /lib* and $RUNNER_TOOL_CACHE, read-only): install it in a step before Airlock, as CI would (a setup-* action, then its package manager), ${install}.`;
  if (root === 'image')
    return `The guest runs Airlock's Debian 12 image (Python 3.11, Node 18): use the runner's toolchains with \`--root runner\` (\`sandbox-root: runner\`), add a Debian package with \`--package\`, ${install}.`;
  return `Install it where the guest's root can see it, ${install}.`;
}

/** The sentences for a sandbox result: its top-level fields are the command that ended it. */
export function describeMissingTools(
  result: FailedRun & { readonly sandbox: { readonly root?: SandboxRoot } },
): string[] {
  return findMissingTools(result).map((tool) => describeMissingTool(tool, result.sandbox.root));
}
