# TCP to every target address given; prints what happened to each.
import os, socket
for host in os.environ["TARGETS"].split(","):
    s = socket.socket()
    s.settimeout(2)
    try:
        s.connect((host, int(os.environ["TCP_PORT"])))
        s.sendall(b"exfiltrated")
        print("CONNECTED", host)
    except OSError as e:
        print("refused", host, e.__class__.__name__)
