import type { RuleHit, RuleMeta } from '../shared/rule-types.js';
import { lineOf } from '../shared/text-lines.js';

const lifecycle =
  /^(preinstall|install|postinstall|prepare|preprepare|postprepare|prepublish|preuninstall|postuninstall)$/;
const riskyScript =
  /\b(curl|wget|nc|bash|sh|powershell|eval|base64)\b|node\s+-e|https?:\/\/|\|\s*sh/;
const standardBackends =
  /^(setuptools\.build_meta(:__legacy__)?|poetry\.core\.masonry\.api|poetry\.masonry\.api|hatchling\.build|flit_core\.buildapi|pdm\.backend|pdm\.pep517\.api|maturin|scikit_build_core\.build|mesonpy|sipbuild\.api|whey|uv_build)$/;

function packageJsonHooks(text: string): RuleHit[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const scripts = (parsed as { scripts?: unknown } | null)?.scripts;
  if (!scripts || typeof scripts !== 'object') return [];
  const out: RuleHit[] = [];
  for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
    if (!lifecycle.test(name) || typeof command !== 'string') continue;
    const line = lineOf(text, `"${name}"`);
    const risky = riskyScript.test(command);
    out.push({
      ruleId: 'install-hook',
      severity: risky ? 'high' : 'medium',
      message: `package.json '${name}' runs at install time: ${command.slice(0, 80)}`,
      loc: { line, column: 1, endLine: line },
      evidence: command.slice(0, 200),
    });
  }
  return out;
}

function pythonBuildHooks(path: string, text: string): RuleHit[] {
  const out: RuleHit[] = [];
  if (/(^|\/)setup\.py$/.test(path) && /\bcmdclass\s*=/.test(text)) {
    const line = lineOf(text, 'cmdclass');
    out.push({
      ruleId: 'install-hook',
      severity: 'high',
      message: 'setup.py overrides build/install commands (cmdclass), running code at install time',
      loc: { line, column: 1, endLine: line },
      evidence: 'cmdclass',
    });
  }
  if (!/(^|\/)pyproject\.toml$/.test(path)) return out;
  const backend = /^\s*build-backend\s*=\s*["']([^"']+)["']/m.exec(text);
  if (backend?.[1] && !standardBackends.test(backend[1])) {
    const line = lineOf(text, 'build-backend');
    out.push({
      ruleId: 'install-hook',
      severity: 'high',
      message: `pyproject.toml uses a non-standard build backend '${backend[1]}'`,
      loc: { line, column: 1, endLine: line },
      evidence: backend[0].trim(),
    });
  }
  return out;
}

export function checkInstallHooks(path: string, text: string): RuleHit[] {
  if (/(^|\/)package\.json$/.test(path)) return packageJsonHooks(text);
  return pythonBuildHooks(path, text);
}

export const installHookRules: readonly RuleMeta[] = [
  {
    id: 'install-hook',
    category: 'install-hook',
    title: 'Install-time hook',
    help: 'package.json pre/post/install scripts, setup.py cmdclass or a custom build backend run code when the package is installed.',
    cwe: ['CWE-829'],
  },
];
