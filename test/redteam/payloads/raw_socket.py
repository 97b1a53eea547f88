# Raw and packet sockets: crafting packets needs CAP_NET_RAW, which the guest does not have.
import socket
for name, args in [("AF_INET/SOCK_RAW", (socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)),
                   ("AF_PACKET/SOCK_RAW", (socket.AF_PACKET, socket.SOCK_RAW, 0x0003))]:
    try:
        socket.socket(*args)
        print("ALLOWED", name)
    except OSError as e:
        print("refused", name, e.strerror)
