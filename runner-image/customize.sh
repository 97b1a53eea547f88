#!/bin/sh
# mmdebstrap customize hook: $1 is the finished root filesystem. Part of the cache key.
set -eu
root="$1"
# The guest user; uid/gid 1001 match GitHub's runner user so workspace ownership lines up.
echo 'airlock:x:1001:1001:Airlock sandbox:/home/airlock:/bin/sh' >>"$root/etc/passwd"
echo 'airlock:x:1001:' >>"$root/etc/group"
echo 'airlock:!:19000::::::' >>"$root/etc/shadow"
# Mount points the sandbox binds over a read-only root.
mkdir -p "$root/workspace" "$root/results" "$root/home/airlock"
# No setuid/setgid binaries: no-new-privileges already ignores them; this removes them outright.
find "$root" -xdev -type f -perm /6000 -exec chmod ug-s {} +
# Docs and manuals only cost space in every cache.
rm -rf "$root/usr/share/doc" "$root/usr/share/man" "$root/usr/share/info"
# mmdebstrap copies these from the build host; the sandbox must not learn the host's name or resolvers.
echo airlock >"$root/etc/hostname"
printf '127.0.0.1\tlocalhost airlock\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
: >"$root/etc/resolv.conf"
# CAs this host trusts locally (a TLS-intercepting proxy, a private registry) are trusted inside too,
# so the install phase can reach registries through them. Their content is part of the cache key.
set -- /usr/local/share/ca-certificates/*.crt
if [ -f "$1" ]; then
	for ca in "$@"; do
		[ -f "$ca" ] && [ ! -L "$ca" ] && cp "$ca" "$root/usr/local/share/ca-certificates/"
	done
	chroot "$root" update-ca-certificates >/dev/null
fi
