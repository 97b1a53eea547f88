# Allocates and touches memory until something stops it.
blocks = []
while True:
    blocks.append(b"\x01" * (64 * 1024 * 1024))
