# library: smtplib
import os
import smtplib
import ssl
from email.message import EmailMessage

HOST = os.environ.get("SMTP_HOST", "smtp.example.com")
USER = os.environ.get("SMTP_USER", "")
PASSWORD = os.environ.get("SMTP_PASSWORD", "")


def send_alert(to, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = USER, to, subject
    msg.set_content(body)
    with smtplib.SMTP(HOST, 587, timeout=10) as server:
        server.starttls(context=ssl.create_default_context())
        server.login(USER, PASSWORD)
        server.send_message(msg)


def send_digest(to, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = USER, to, "Daily digest"
    msg.set_content(body)
    # expect: tls-verify-off
    with smtplib.SMTP_SSL(HOST, 465, context=ssl._create_unverified_context(), timeout=10) as server:
        server.login(USER, PASSWORD)
        server.send_message(msg)


def send_report(to, body):
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP(HOST, 587, timeout=10) as server:
        server.starttls(context=ctx)
        server.login(USER, PASSWORD)
        server.sendmail(USER, [to], body)
