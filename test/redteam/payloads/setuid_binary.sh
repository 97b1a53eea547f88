# Setuid binaries must not elevate: the recipe strips them and no-new-privileges ignores them.
find / -xdev -perm /6000 -type f 2>/dev/null | head -5
cp /bin/sh /tmp/rootsh 2>/dev/null && chmod u+s /tmp/rootsh && /tmp/rootsh -c 'id -u'
id -u
exit 0
