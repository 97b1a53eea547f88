# The workspace holds a link to a host path; follow it, and make new ones.
cat /workspace/leak 2>&1
ln -s "$CANARY_PATH" /workspace/leak2 && cat /workspace/leak2 2>&1
ls -la "$(dirname "$CANARY_PATH")" 2>&1
echo overwritten > /workspace/leak 2>&1
exit 0
