# library: ssl
"""TLS contexts for the legacy payment terminal gateway."""
import ssl

CA_FILE = "/etc/gateway/ca.pem"


def terminal_context():
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations(CA_FILE)
    return ctx


def old_bank_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def modern_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_FILE)
    return ctx
