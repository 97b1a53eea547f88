# Output without newlines, so no line splitting can help.
import sys
chunk = "x" * (1 << 20)
while True:
    sys.stdout.write(chunk)
