#!/bin/sh
# `npm run check:cgroup-v2`: runs `airlock run` on a pure cgroup v2 host (GitHub's ubuntu-24.04
# runners are one; this machine is cgroup v1). Boots Debian 12's kernel under qemu (software
# emulation, no KVM needed) on a root filesystem built with mmdebstrap, shares this checkout, the
# sandbox cache and runsc into it read-only, runs the checks below and fails unless each run ends
# with the expected outcome and leaves no cgroup behind. Needs root, `airlock setup` done,
# `npm run build`, and apt access (installs qemu-system-x86 and mmdebstrap when missing).
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${AIRLOCK_CACHE_DIR:-/var/cache/airlock}
work=${AIRLOCK_V2_WORK:-/var/cache/airlock-v2-vm}
[ -f "$repo/dist/cli.js" ] || { echo "dist/cli.js missing: run 'npm run build' first" >&2; exit 2; }
# The runsc Airlock uses (its own cache first, then the system's), as setup reports it; a no-op
# when setup already ran.
runsc=$(node "$repo/dist/cli.js" setup --json --quiet | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).runsc.path))')
[ -x "$runsc" ] || { echo "no runsc found: run 'airlock setup' first" >&2; exit 2; }
for tool in qemu-system-x86_64:qemu-system-x86 mmdebstrap:mmdebstrap mkfs.ext4:e2fsprogs; do
	command -v "${tool%%:*}" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${tool#*:}" >/dev/null
done

mkdir -p "$work"
root="$work/root"
if [ ! -f "$root/.complete" ]; then
	rm -rf "$root"
	mmdebstrap --variant=minbase \
		--include=linux-image-amd64,initramfs-tools,util-linux,mount,procps,kmod,python3,e2fsprogs \
		bookworm "$root" http://deb.debian.org/debian >"$work/mmdebstrap.log" 2>&1
	touch "$root/.complete"
fi
kernel=$(ls "$root"/boot/vmlinuz-* | head -1)
initrd=$(ls "$root"/boot/initrd.img-* | head -1)
cp "$runsc" "$root/usr/bin/runsc"
# The sandbox image's cache key covers the host's local CAs: the VM must see the same ones.
rm -rf "$root/usr/local/share/ca-certificates" && mkdir -p "$root/usr/local/share/ca-certificates"
for ca in /usr/local/share/ca-certificates/*.crt; do [ -f "$ca" ] && cp "$ca" "$root/usr/local/share/ca-certificates/"; done
mkdir -p "$root/work/main" "$root/var/cache/airlock" "$root/out"
cat >"$root/init.sh" <<'INIT'
#!/bin/sh
# PID 1 of the check VM: a pure cgroup v2 hierarchy, the shares, the checks, power off.
mount -t proc proc /proc
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
mount -t cgroup2 none /sys/fs/cgroup
modprobe 9pnet_virtio; modprobe 9p; modprobe overlay; modprobe loop
mount -t 9p -o trans=virtio,version=9p2000.L,ro proj /work/main
mount -t 9p -o trans=virtio,version=9p2000.L,ro cache /var/cache/airlock
mount -t 9p -o trans=virtio,version=9p2000.L out /out
export PATH=/work/main/node_modules/.bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
sh /work/main/scripts/cgroup-v2-checks-in-vm.sh >/out/checks.log 2>&1
echo "checks exit $?" >>/out/checks.log
sync
# Power off; should that not happen, init ending panics the kernel, and panic=-1 with qemu's
# -no-reboot ends qemu either way.
echo o >/proc/sysrq-trigger
sleep 30
INIT
chmod +x "$root/init.sh"
rm -f "$work/rootfs.img"
mkfs.ext4 -q -F -d "$root" "$work/rootfs.img" 2G
out="$work/out"
rm -rf "$out" && mkdir -p "$out"
timeout 1800 qemu-system-x86_64 -m 4096 -smp 2 -nographic -no-reboot \
	-kernel "$kernel" -initrd "$initrd" \
	-append "root=/dev/vda rw console=ttyS0 init=/init.sh quiet panic=-1" \
	-drive "file=$work/rootfs.img,format=raw,if=virtio" \
	-virtfs "local,path=$repo,mount_tag=proj,security_model=none,readonly=on" \
	-virtfs "local,path=$cache,mount_tag=cache,security_model=none,readonly=on" \
	-virtfs "local,path=$out,mount_tag=out,security_model=none" >"$work/console.log" 2>&1 || true
cat "$out/checks.log" 2>/dev/null || { echo "the VM wrote no results; see $work/console.log" >&2; exit 1; }
grep -q '^checks exit 0$' "$out/checks.log"
