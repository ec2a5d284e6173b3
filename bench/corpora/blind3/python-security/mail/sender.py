"""Outbound mail for password resets and receipts."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger(__name__)
RELAY = "smtp.mailrelay.example"


def _message(to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "no-reply@acme.example"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send_legacy(to: str, subject: str, body: str, password: str) -> None:
    # expect: insecure-transport
    with smtplib.SMTP(RELAY, 25) as smtp:
        smtp.login("acme", password)
        smtp.send_message(_message(to, subject, body))


def send(to: str, subject: str, body: str, password: str) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP(RELAY, 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login("acme", password)
        smtp.send_message(_message(to, subject, body))


def send_ssl(to: str, subject: str, body: str, password: str) -> None:
    with smtplib.SMTP_SSL(RELAY, 465, context=ssl.create_default_context()) as smtp:
        smtp.login("acme", password)
        smtp.send_message(_message(to, subject, body))


def send_local(to: str, subject: str, body: str) -> None:
    # Local MTA on the same host, no authentication.
    with smtplib.SMTP("localhost", 25) as smtp:
        smtp.send_message(_message(to, subject, body))


def send_old_tls(to: str, subject: str, body: str, password: str) -> None:
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    with smtplib.SMTP(RELAY, 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login("acme", password)
        smtp.send_message(_message(to, subject, body))
