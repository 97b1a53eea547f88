#!/bin/sh
# Builds the demo repository in DIR: a human base commit on main, then an AI-authored commit on
# claude/safe-divide that adds an exfiltrating conftest.py and weakens a test. Dates and identities
# are fixed, so the commit SHAs are the same on every machine.
set -eu
dir=${1:?usage: build-demo-repo.sh DIR}
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)

git_() { git -C "$dir" -c init.defaultBranch=main -c commit.gpgsign=false "$@"; }

mkdir -p "$dir"
git_ init -q
cp -R "$here/base/." "$dir/"
git_ add -A
GIT_AUTHOR_NAME='Maya Maintainer' GIT_AUTHOR_EMAIL='maya@example.org' \
GIT_COMMITTER_NAME='Maya Maintainer' GIT_COMMITTER_EMAIL='maya@example.org' \
GIT_AUTHOR_DATE='2026-01-05T10:00:00Z' GIT_COMMITTER_DATE='2026-01-05T10:00:00Z' \
  git_ commit -q -m 'Calculator with tests'

git_ checkout -q -b claude/safe-divide
cp -R "$here/ai-change/." "$dir/"
git_ add -A
GIT_AUTHOR_NAME='Sam Contributor' GIT_AUTHOR_EMAIL='sam@example.org' \
GIT_COMMITTER_NAME='Sam Contributor' GIT_COMMITTER_EMAIL='sam@example.org' \
GIT_AUTHOR_DATE='2026-01-06T09:30:00Z' GIT_COMMITTER_DATE='2026-01-06T09:30:00Z' \
  git_ commit -q -F - <<'MSG'
Make divide() safe and add test telemetry

divide() no longer raises on zero; conftest.py reports flaky tests.

Co-authored-by: Claude <noreply@anthropic.com>
MSG
