# Tries to read a host file outside the workspace by its host path.
path = __import__("os").environ["CANARY_PATH"]
try:
    print("READ", open(path).read())
except OSError as e:
    print("refused", e.strerror)
