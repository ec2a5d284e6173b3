"""Minimal SMTP and IMAP helpers used by the ticket mailer.

The relay hosts are internal but the traffic crosses the office VPN and the
colocation link, so every hop is expected to be TLS with a checked certificate.
"""
import imaplib
import logging
import smtplib
import socket
import ssl

log = logging.getLogger(__name__)

RELAY_PORT = 465
IMAP_PORT = 993
CONNECT_TIMEOUT = 10


def _verified_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def open_relay(host: str) -> smtplib.SMTP_SSL:
    """Connect to the outbound relay with a verified certificate."""
    return smtplib.SMTP_SSL(host, RELAY_PORT, context=_verified_context(), timeout=CONNECT_TIMEOUT)


def probe_relay_banner(host: str) -> str:
    """Read the relay's greeting line; used by the health page."""
    raw = socket.create_connection((host, RELAY_PORT), timeout=CONNECT_TIMEOUT)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(raw)
    try:
        return tls.recv(512).decode("ascii", "replace").strip()
    finally:
        tls.close()


def probe_imap_banner(host: str) -> str:
    """Same as probe_relay_banner, for the shared support mailbox."""
    raw = socket.create_connection((host, IMAP_PORT), timeout=CONNECT_TIMEOUT)
    tls = _verified_context().wrap_socket(raw, server_hostname=host)
    try:
        return tls.recv(512).decode("ascii", "replace").strip()
    finally:
        tls.close()


def fetch_bounce_count(host: str, user: str, password: str) -> int:
    """Count unread bounce notices in the support mailbox."""
    client = imaplib.IMAP4_SSL(host, IMAP_PORT, ssl_context=_verified_context())
    try:
        client.login(user, password)
        client.select("Bounces", readonly=True)
        status, data = client.search(None, "UNSEEN")
        if status != "OK":
            log.warning("bounce search failed on %s", host)
            return 0
        return len(data[0].split())
    finally:
        client.logout()


def open_lmtp_tls(host: str, port: int = 24) -> ssl.SSLSocket:
    """Plain socket upgraded to TLS for the legacy LMTP delivery agent."""
    raw = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
    raw.recv(512)
    raw.sendall(b"STARTTLS\r\n")
    raw.recv(512)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLS)
