"""Raw TLS clients: syslog forwarder, the POS line protocol and the IRC notifier."""
import socket
import ssl

SYSLOG_HOST = "logs.internal.example.com"
POS_CA = "/etc/pos/ca.pem"


def syslog_stream(port=6514):
    raw = socket.create_connection((SYSLOG_HOST, port), timeout=10)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw)


def pos_connect(host, port):
    sock = socket.create_connection((host, port), timeout=10)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(sock, ca_certs=POS_CA, cert_reqs=ssl.CERT_REQUIRED)
    tls.sendall(b"HELLO 2\n")
    return tls


def pos_connect_checked(host, port):
    ctx = ssl.create_default_context(cafile=POS_CA)
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


class IrcNotifier:
    def __init__(self, server, port=6697, nick="deploybot"):
        self.server = server
        self.port = port
        self.nick = nick
        self.sock = None

    def connect(self):
        raw = socket.create_connection((self.server, self.port), timeout=15)
        # expect: tls-verify-off
        self.sock = ssl.wrap_socket(raw, cert_reqs=ssl.CERT_NONE)
        self.sock.sendall(f"NICK {self.nick}\r\nUSER {self.nick} 0 * :bot\r\n".encode())

    def connect_verified(self):
        ctx = ssl.create_default_context()
        raw = socket.create_connection((self.server, self.port), timeout=15)
        self.sock = ctx.wrap_socket(raw, server_hostname=self.server)
