# Writes everywhere outside the workspace; prints only what succeeded.
for target in /etc/airlock-pwned /usr/bin/airlock-pwned /airlock-pwned /var/airlock-pwned /root/airlock-pwned "$CANARY_PATH" "$(dirname "$CANARY_PATH")/new-file"; do
  if ( echo pwned > "$target" ) 2>/dev/null; then echo "WROTE $target"; fi
done
exit 0
