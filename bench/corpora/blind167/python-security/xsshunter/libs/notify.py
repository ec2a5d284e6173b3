"""Tell the hunter that a payload fired: e-mail through Mailgun, or a webhook."""
import logging

import requests
from tornado.escape import xhtml_escape
from tornado.options import options

log = logging.getLogger("xsshunter.notify")

MAILGUN_URL = "https://api.mailgun.net/v3/{domain}/messages"


def _summary(record):
    return {
        "id": record.id,
        "vulnerable_page": record.vulnerable_page,
        "victim_ip": record.victim_ip,
        "origin": record.origin,
        "user_agent": record.user_agent,
    }


def send_email(owner, record):
    html = (
        "<h2>XSS payload fired</h2>"
        f"<p>Page: {xhtml_escape(record.vulnerable_page or '')}</p>"
        f"<p>IP: {xhtml_escape(record.victim_ip or '')}</p>"
        f"<p>User agent: {xhtml_escape(record.user_agent or '')}</p>"
    )
    resp = requests.post(
        MAILGUN_URL.format(domain=options.mailgun_domain),
        auth=("api", options.mailgun_api_key),
        data={
            "from": options.email_from,
            "to": owner.email,
            "subject": "[XSS Hunter] payload fired",
            "html": html,
        },
        timeout=15,
    )
    if not resp.ok:
        log.warning("mailgun answered %s", resp.status_code)


def send_webhook(owner, record):
    try:
        # expect: ssrf
        requests.post(owner.webhook_url, json=_summary(record), timeout=10)
    except requests.RequestException as exc:
        log.info("webhook for %s failed: %s", owner.id, exc.__class__.__name__)
