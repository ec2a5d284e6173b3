"""Client connections to an old payment terminal gateway."""
import socket
import ssl

from OpenSSL import SSL

GATEWAY_PROTOCOL = ssl.PROTOCOL_TLSv1


def terminal_context():
    # expect: weak-tls
    ctx = ssl.SSLContext(GATEWAY_PROTOCOL)
    ctx.load_verify_locations("/etc/gateway/ca.pem")
    return ctx


class LegacyGateway:
    # expect: weak-tls
    protocol = ssl.PROTOCOL_TLSv1_1

    def connect(self, host, port=8443):
        ctx = ssl.SSLContext(self.protocol)
        return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def fallback_context():
    # expect: weak-tls
    return ssl.SSLContext(protocol=ssl.PROTOCOL_SSLv3)


def openssl_context():
    # expect: weak-tls
    return SSL.Context(SSL.TLSv1_METHOD)


def safe_contexts():
    modern = ssl.create_default_context()
    modern.minimum_version = ssl.TLSVersion.TLSv1_2
    pinned = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ossl = SSL.Context(SSL.TLS_CLIENT_METHOD)
    return modern, pinned, ossl
