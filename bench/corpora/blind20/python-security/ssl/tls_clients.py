"""TLS client and server contexts for the metrics relay (ssl, socket, smtplib)."""
import os
import smtplib
import socket
import ssl

CA_FILE = os.environ.get("RELAY_CA", "/etc/relay/ca.pem")


def client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def lab_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def legacy_context() -> ssl.SSLContext:
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations(CA_FILE)
    return ctx


def old_device_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_FILE)
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def server_context(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx


def mtls_server_context(cert: str, key: str) -> ssl.SSLContext:
    ctx = server_context(cert, key)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(CA_FILE)
    return ctx


def send_metrics(host: str, payload: bytes) -> None:
    with socket.create_connection((host, 6514), timeout=10) as raw:
        with client_context().wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(payload)


def send_metrics_unverified(host: str, payload: bytes) -> None:
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, 6514), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(payload)


def mail_alert(body: str) -> None:
    with smtplib.SMTP("smtp.example.com", 587, timeout=10) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.sendmail("relay@example.com", ["ops@example.com"], body)


def mail_alert_plain(body: str) -> None:
    with smtplib.SMTP("smtp.example.com", 25, timeout=10) as smtp:
        # expect: insecure-transport
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.sendmail("relay@example.com", ["ops@example.com"], body)
