# library: ssl (SSLContext.set_ciphers)
import socket
import ssl


def legacy_client_context():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.set_ciphers("RC4-SHA:DES-CBC3-SHA:NULL-SHA")
    return ctx


def permissive_server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    # expect: weak-tls
    ctx.set_ciphers("ALL:eNULL:aNULL")
    return ctx


def modern_server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    ctx.load_cert_chain(cert, key)
    return ctx


def connect(host):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, 443), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.cipher()
