"""TLS settings for the payment terminal bridge and its HTTP client."""
import ssl

from OpenSSL import SSL
from requests.adapters import HTTPAdapter


def terminal_context():
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations("/etc/bridge/terminal-ca.pem")
    return ctx


def bridge_context(cert, key):
    # expect: weak-tls
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx


class LegacyTLSAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        # expect: weak-tls
        kwargs["ssl_version"] = ssl.PROTOCOL_TLSv1_1
        return super().init_poolmanager(*args, **kwargs)


def acquirer_context():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def modern_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_default_certs()
    return ctx


def hardened_server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.load_cert_chain(cert, key)
    return ctx


def bridge_context_modern(cert, key):
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx
