"""Outgoing mail for order confirmations."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from common.config import settings


def _message(to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.MAIL_FROM
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send(to: str, subject: str, body: str) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(settings.SMTP_HOST, 465, context=ctx, timeout=20) as smtp:
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(_message(to, subject, body))


def send_via_relay(to: str, subject: str, body: str) -> None:
    with smtplib.SMTP(settings.RELAY_HOST, 25, timeout=20) as smtp:
        # expect: cleartext-smtp-login
        smtp.login(settings.RELAY_USER, settings.RELAY_PASSWORD)
        smtp.send_message(_message(to, subject, body))


def send_local(to: str, subject: str, body: str) -> None:
    """Postfix on localhost, no credentials."""
    with smtplib.SMTP("localhost", 25, timeout=20) as smtp:
        smtp.send_message(_message(to, subject, body))
