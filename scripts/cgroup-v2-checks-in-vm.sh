#!/bin/sh
# Runs inside the cgroup v2 check VM (scripts/cgroup-v2-check.sh): each `airlock run` must end with
# the expected outcome, with its limits read from the v2 files, and leave no cgroup behind.
set -u
cd /work/main
echo "kernel $(uname -r); /sys/fs/cgroup is $(stat -fc %T /sys/fs/cgroup); controllers: $(cat /sys/fs/cgroup/cgroup.controllers)"
export AIRLOCK_STATE_DIR=/run/airlock-v2 AIRLOCK_CACHE_DIR=/var/cache/airlock
mkdir -p /tmp/ws && echo hello >/tmp/ws/hello.txt
failures=0

# check LABEL EXPECTED-OUTCOME STDOUT-PATTERN -- airlock run options and command
check() {
	label=$1 expected=$2 pattern=$3
	shift 4
	node dist/cli.js run --json --quiet --workspace /tmp/ws "$@" >/tmp/r.json 2>/tmp/r.err
	verdict=$(python3 - "$label" "$expected" "$pattern" <<'PY'
import json, re, sys
label, expected, pattern = sys.argv[1:]
try:
    r = json.load(open('/tmp/r.json'))
except Exception as error:
    print(f"FAIL {label}: no JSON result ({error}): {open('/tmp/r.err').read()[-800:]}")
    sys.exit()
res = r['resources']
ok = (r['outcome'] == expected and re.search(pattern, r['stdout'], re.M) is not None
      and res['peakMemoryBytes'] is not None and res['cpuMs'] is not None)
print(f"{'ok  ' if ok else 'FAIL'} {label}: outcome={r['outcome']} (expected {expected}) exit={r['exitCode']} "
      f"signal={r['signal']} durationMs={r['durationMs']} cpuMs={res['cpuMs']} peak={res['peakMemoryBytes']} "
      f"stdout={r['stdout'][-160:]!r}")
PY
)
	echo "$verdict"
	case $verdict in ok*) ;; *) failures=$((failures + 1)) ;; esac
	left=$(ls -d /sys/fs/cgroup/airlock-* /run/airlock-v2/runs/* 2>/dev/null | tr '\n' ' ')
	if [ -n "$left" ]; then
		echo "FAIL $label left behind: $left"
		failures=$((failures + 1))
	fi
}

check passes passed '^MemTotal: +262144 kB' -- --memory 256 -- sh -c 'head -1 /proc/meminfo; echo changed >hello.txt'
if [ "$(cat /tmp/ws/hello.txt)" != hello ]; then
	echo "FAIL the host copy of the workspace changed"
	failures=$((failures + 1))
fi
check memory-bomb memory-limit '' -- --memory 128 -- python3 -c 'b = b"x" * (512 * 1024 * 1024); print("survived")'
# The VM runs under software emulation, where each guest process start takes seconds: the bomb
# needs only the lowest limit's worth of forks (16), and the timeout is far beyond what reaching
# it takes (a CI run once spent 120 s short of 32), so a timeout here means the limit went unseen.
check fork-bomb process-limit '' -- --pids 16 --timeout 600 -- sh -c 'i=0; while [ $i -lt 200 ]; do sleep 600 & i=$((i+1)); done; wait'
check timeout timeout '' -- --timeout 3 --grace 1 -- sleep 60
check exit-status failed '' -- -- sh -c 'exit 3'
echo "failures: $failures"
exit "$failures"
