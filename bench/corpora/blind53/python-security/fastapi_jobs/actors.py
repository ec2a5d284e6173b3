"""Dramatiq actors for outbound notifications."""
import logging
import smtplib
from email.message import EmailMessage

import dramatiq
import requests

from . import queueing  # noqa: F401  sets the broker

log = logging.getLogger("jobs.actors")
SLACK_HOOK = "https://hooks.slack.example.com/services/T000/B000/placeholder"


@dramatiq.actor(max_retries=5)
def post_webhook(url: str, payload: dict):
    # expect: ssrf
    requests.post(url, json=payload, timeout=10)


@dramatiq.actor
def post_slack(text: str):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=10)


@dramatiq.actor
def send_mail(to: str, subject: str, body: str):
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "noreply@example.com"
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


@dramatiq.actor
def evaluate_rule(rule: str, context: dict):
    # expect: code-injection
    exec(rule, {}, context)
    log.info("rule evaluated")
