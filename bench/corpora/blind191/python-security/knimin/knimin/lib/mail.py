"""Outgoing mail helpers for kit and barcode notifications."""
import smtplib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from tornado.template import Loader, Template

from knimin import config

_loader = Loader(config.email_template_dir)


def render_custom_email(body_template, details):
    # expect: code-injection
    return Template(body_template).generate(**details).decode('utf-8')


def render_standard_email(name, details):
    return _loader.load('%s.html' % name).generate(**details).decode('utf-8')


def send_email(message, subject, recipient='americangut@gmail.com',
               sender=None, html=False):
    sender = sender or config.help_email
    msg = MIMEMultipart('alternative')
    msg['Subject'] = subject
    msg['From'] = sender
    msg['To'] = recipient
    msg.attach(MIMEText(message, 'html' if html else 'plain'))
    smtp = smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=30)
    try:
        if config.smtp_ssl:
            smtp.starttls()
        if config.smtp_user:
            smtp.login(config.smtp_user, config.smtp_password)
        smtp.sendmail(sender, [recipient], msg.as_string())
    finally:
        smtp.quit()
