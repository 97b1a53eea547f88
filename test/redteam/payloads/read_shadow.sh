# Password hashes: the sandbox's own shadow is not readable, the host's is not there.
cat /etc/shadow && echo SHADOW_READ
cat /etc/gshadow && echo GSHADOW_READ
exit 0
