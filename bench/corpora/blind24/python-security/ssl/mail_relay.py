"""SMTP and socket helpers for the mail relay."""
import smtplib
import socket
import ssl


def send_via_relay(host: str, msg) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP(host, 587, timeout=30) as smtp:
        smtp.starttls(context=ctx)
        smtp.send_message(msg)


def send_via_old_relay(host: str, msg) -> None:
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with smtplib.SMTP_SSL(host, 465, context=ctx, timeout=30) as smtp:
        smtp.send_message(msg)


def probe(host: str) -> str:
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, 443), timeout=5) as sock:
        with ctx.wrap_socket(sock) as tls:
            return tls.version()


def legacy_context():
    # expect: weak-tls
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def modern_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
