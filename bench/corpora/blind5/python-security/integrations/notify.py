import smtplib
import ssl
from email.message import EmailMessage

import requests
from slack_sdk import WebClient

SMTP_HOST = "smtp.example.com"


def send_mail(user, password, to, body):
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = "Report"
    msg.set_content(body)
    # expect: insecure-transport
    with smtplib.SMTP(SMTP_HOST, 25) as s:
        s.login(user, password)
        s.send_message(msg)


def send_mail_tls(user, password, to, body):
    msg = EmailMessage()
    msg["To"] = to
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.send_message(msg)


def send_mail_ssl(user, password, to, body):
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=ssl.create_default_context()) as s:
        s.login(user, password)
        s.sendmail("reports@example.com", [to], body)


def post_webhook(url, payload):
    # expect: request-without-timeout
    return requests.post(url, json=payload)


def post_webhook_timeout(url, payload):
    return requests.post(url, json=payload, timeout=(3, 10))


def slack(token, channel, text):
    return WebClient(token=token).chat_postMessage(channel=channel, text=text)
