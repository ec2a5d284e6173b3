"""Email/SMS notifications for order events."""
import os
import smtplib
import ssl
from email.message import EmailMessage

import requests
from jinja2 import Environment, PackageLoader, select_autoescape

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.example.com")
SMS_API = "https://sms.example.com/v1/messages"

html_env = Environment(loader=PackageLoader("notify", "templates"), autoescape=select_autoescape())
# expect: xss
legacy_env = Environment(loader=PackageLoader("notify", "legacy_html"))


def send_email(to: str, subject: str, html: str) -> None:
    msg = EmailMessage()
    msg["To"], msg["From"], msg["Subject"] = to, "noreply@example.com", subject
    msg.set_content("HTML mail")
    msg.add_alternative(html, subtype="html")
    ctx = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as s:
        s.starttls(context=ctx)
        s.send_message(msg)


def send_email_relay(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["To"], msg["From"], msg["Subject"] = to, "noreply@example.com", subject
    msg.set_content(body)
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=ctx, timeout=30) as s:
        s.send_message(msg)


def order_shipped(order) -> str:
    tpl = html_env.get_template("shipped.html")
    return tpl.render(order=order, customer=order.customer_name)


def order_shipped_legacy(order) -> str:
    tpl = legacy_env.get_template("shipped.html")
    return tpl.render(order=order, customer=order.customer_name)


def send_sms(number: str, text: str) -> bool:
    token = os.environ["SMS_TOKEN"]
    r = requests.post(SMS_API, json={"to": number, "text": text}, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return r.ok


def send_sms_bulk(numbers: list[str], text: str) -> int:
    token = os.environ["SMS_TOKEN"]
    # expect: no-timeout
    r = requests.post(SMS_API + "/bulk", json={"to": numbers, "text": text}, headers={"Authorization": f"Bearer {token}"})
    return r.status_code


def render_subject(template: str, order) -> str:
    # expect: code-injection
    return eval(f"f'''{template}'''", {"order": order})


def render_subject_safe(template: str, order) -> str:
    return template.format_map({"id": order.id, "status": order.status})


def unsubscribe_link(email: str) -> str:
    return f"https://example.com/unsubscribe?e={requests.utils.quote(email)}"
