// Spins forever.
for (;;) {}
