# UDP datagrams to every target address given.
import os, socket
for host in os.environ["TARGETS"].split(","):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.sendto(b"exfiltrated", (host, int(os.environ["UDP_PORT"])))
        print("sent?", host)
    except OSError as e:
        print("refused", host, e.__class__.__name__)
