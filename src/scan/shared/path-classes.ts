// What a path points at, judged from its text alone: the scanner never looks at the real file.
// Folded paths may contain '*' where a part was computed at run time.

export type PathClass =
  'ci' | 'credential' | 'profile' | 'persistence' | 'system' | 'home' | 'temp' | 'project';

// Files that steer the CI run itself: the runner's command files (read as "$GITHUB_ENV" once an
// environment read is folded) and the workflows. Judged by the CI-tampering rules.
const ciControl: readonly RegExp[] = [
  /^\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\}?$/,
  /(^|\/)\.github\/workflows(\/|$)/,
];

const credential: readonly RegExp[] = [
  /(^|\/)\.ssh(\/|$)/,
  /(^|\/)id_(rsa|dsa|ecdsa|ed25519)/,
  /(^|\/)\.aws(\/|$)/,
  /(^|\/)\.(npmrc|pypirc|netrc|git-credentials|pgpass|my\.cnf)$/,
  /(^|\/)\.git\/config$/,
  /(^|\/)\.docker\/config\.json$/,
  /(^|\/)\.kube\/config$/,
  /(^|\/)\.gnupg(\/|$)/,
  /(^|\/)\.config\/(gh|gcloud|hub)(\/|$)/,
  /^\/proc\/[^/]+\/(environ|mem|maps|cmdline)$/,
  /^\/etc\/(shadow|gshadow|sudoers|security\/opasswd)/,
  /^\/etc\/ssl\/private/,
  /^\/var\/run\/secrets/,
  /^\/run\/secrets/,
  /(^|\/)\.env(\.[a-z]+)?$/,
  /(^|\/)(credentials|secrets?)\.(json|ya?ml|txt|env)$/i,
  /GITHUB_(ENV|OUTPUT|PATH|STATE|TOKEN|STEP_SUMMARY)/,
  /(^|\/)\.(bash|zsh|python)_history$/,
];

const profile: readonly RegExp[] = [
  /(^|\/)\.(bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|kshrc)$/,
  /^\/etc\/(profile|bash\.bashrc|environment|zsh\/zshrc)/,
  /(^|\/)\.config\/fish\/config\.fish$/,
];

const persistence: readonly RegExp[] = [
  /cron/i,
  /(^|\/)\.git\/hooks(\/|$)/,
  /(^|\/)\.config\/autostart(\/|$)/,
  /systemd\/(system|user)(\/|$)/,
  /^\/etc\/(init\.d|rc\.local|ld\.so\.preload|xdg\/autostart)/,
  /LaunchAgents|LaunchDaemons/,
  /(^|\/)authorized_keys$/,
  /(^|\/)\.(pth)$/,
  /site-packages\/[^/]*\.pth$/,
];

const temporary =
  /^\/(tmp|var\/tmp|dev\/(null|stdout|stderr|stdin|zero|u?random|shm|tty|fd\/))(\/|$)?/;

export function classifyPath(path: string): PathClass {
  if (ciControl.some((pattern) => pattern.test(path))) return 'ci';
  if (credential.some((pattern) => pattern.test(path))) return 'credential';
  if (profile.some((pattern) => pattern.test(path))) return 'profile';
  if (persistence.some((pattern) => pattern.test(path))) return 'persistence';
  if (temporary.test(path)) return 'temp';
  if (path.startsWith('~') || path.startsWith('/home/') || path.startsWith('$HOME')) return 'home';
  if (path.startsWith('/')) return 'system';
  return 'project';
}

/** Root, a top-level system directory, or the home directory itself: deleting it wrecks a machine. */
export function isCriticalRoot(path: string): boolean {
  const trimmed = path.replace(/\/+\*?$/, '') || '/';
  return /^(\/|~|\$HOME|\/(etc|usr|bin|sbin|lib|lib64|boot|var|home|root|opt|srv|dev|proc|sys))$/.test(
    trimmed,
  );
}

/** True when the text leaves its starting directory with '..' segments. */
export function climbsOut(path: string): boolean {
  return /(^|[/\\])\.\.([/\\]|$)/.test(path);
}
