# Every environ the guest can see (a sibling process is started so there is another one), and its own.
sleep 30 &
for f in /proc/1/environ /proc/self/environ /proc/*/environ; do
  tr '\0' '\n' < "$f" 2>/dev/null
done
env
kill $! 2>/dev/null
exit 0
