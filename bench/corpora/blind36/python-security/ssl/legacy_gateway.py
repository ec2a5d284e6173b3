"""TLS settings for the gateway that still talks to old payment terminals."""
import socket
import ssl

LEGACY_SUITES = ["AES128-SHA", "DES-CBC3-SHA", "RC4-SHA"]


def terminal_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    # expect: weak-tls
    ctx.set_ciphers("ALL:@SECLEVEL=0")
    return ctx


class TerminalListener:
    CIPHERS = "DEFAULT:!aNULL:3DES"

    def __init__(self, certfile, keyfile):
        self._ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._ctx.load_cert_chain(certfile, keyfile)
        # expect: weak-tls
        self._ctx.set_ciphers(self.CIPHERS)

    def accept(self, sock):
        conn, _ = sock.accept()
        return self._ctx.wrap_socket(conn, server_side=True)


def client_for_old_bank(host):
    context = ssl.create_default_context()
    # expect: weak-tls
    context.set_ciphers(":".join(LEGACY_SUITES))
    raw = socket.create_connection((host, 443))
    return context.wrap_socket(raw, server_hostname=host)


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def list_enabled(ctx):
    return [c["name"] for c in ctx.get_ciphers()]
