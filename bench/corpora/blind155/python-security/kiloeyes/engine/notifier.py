"""Alarm action notifications (webhooks and e-mail)."""
import smtplib
from email.message import EmailMessage
from urllib.parse import urlparse

import requests
from oslo_config import cfg
from oslo_log import log

LOG = log.getLogger(__name__)

PAGERDUTY_URL = "https://events.pagerduty.com/v2/enqueue"


def send_actions(definition, state):
    for action in definition.get("alarm_actions", []):
        if action.startswith("mailto:"):
            send_email(action[len("mailto:"):], definition, state)
        elif action == "pagerduty":
            send_pagerduty(definition, state)
        else:
            send_webhook(action, definition, state)


def send_webhook(url, definition, state):
    payload = {"alarm_name": definition.get("name"), "state": state}
    LOG.info("Posting alarm %s to %s", definition.get("name"), urlparse(url).hostname)
    # expect: ssrf
    requests.post(url, json=payload, timeout=10)


def send_pagerduty(definition, state):
    payload = {"routing_key": cfg.CONF.get("pagerduty_key", ""), "event_action": "trigger",
               "payload": {"summary": definition.get("name"), "severity": "error", "source": "kiloeyes"}}
    requests.post(PAGERDUTY_URL, json=payload, timeout=10)


def send_email(address, definition, state):
    msg = EmailMessage()
    msg["To"] = address
    msg["From"] = "kiloeyes@localhost"
    msg["Subject"] = "Alarm %s is %s" % (definition.get("name"), state)
    with smtplib.SMTP("localhost", timeout=10) as smtp:
        smtp.send_message(msg)
