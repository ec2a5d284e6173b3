"""TLS contexts for the device gateway (old firmware speaks only what it speaks)."""
import logging
import os
import ssl

from OpenSSL import SSL

log = logging.getLogger(__name__)

CERT = os.environ.get("GATEWAY_CERT", "/etc/gateway/server.pem")
KEY = os.environ.get("GATEWAY_KEY", "/etc/gateway/server.key")
CA = os.environ.get("GATEWAY_CA", "/etc/gateway/ca.pem")


def legacy_device_context():
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_cert_chain(CERT, KEY)
    return ctx


def v2_device_context():
    # expect: weak-tls
    ctx = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)
    ctx.load_cert_chain(CERT, KEY)
    return ctx


def pyopenssl_context():
    # expect: weak-tls
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.use_certificate_file(CERT)
    ctx.use_privatekey_file(KEY)
    return ctx


def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CERT, KEY)
    return ctx


def upstream_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pyopenssl_modern():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.use_certificate_file(CERT)
    ctx.use_privatekey_file(KEY)
    return ctx


def context_for(firmware):
    if firmware < (2, 0):
        log.warning("firmware %s needs TLS 1.0", firmware)
        return legacy_device_context()
    if firmware < (3, 0):
        return v2_device_context()
    return server_context()
