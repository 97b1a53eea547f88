# Fills /tmp until the tmpfs cap refuses.
dd if=/dev/zero of=/tmp/fill bs=1M count=100000 2>&1
exit 1
