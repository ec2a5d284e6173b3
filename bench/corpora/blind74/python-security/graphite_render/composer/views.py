"""Composer UI actions: mailing a rendered graph."""
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from smtplib import SMTP
from urllib.parse import urlencode, urlsplit
from urllib.request import urlopen

from django.conf import settings
from django.http import HttpResponse

from ..util import query_params


def _send(sender, recipients, subject, message, image):
    msg = MIMEMultipart()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg.attach(MIMEText(message))
    msg.attach(MIMEImage(image))
    with SMTP(settings.SMTP_SERVER) as s:
        s.sendmail(sender, recipients, msg.as_string())


def send_email(request):
    params = query_params(request)
    recipients = params["to"].split(",")
    url = params["url"]
    proto, server, path, query, frag = urlsplit(url)
    if query:
        path += "?" + query
    # expect: ssrf
    image = urlopen(url, timeout=10).read()
    _send(settings.DEFAULT_FROM_EMAIL, recipients, "Graph", "", image)
    return HttpResponse("OK")


def send_email_local(request):
    params = query_params(request)
    recipients = params["to"].split(",")
    targets = params.getlist("target")
    url = "http://127.0.0.1:8080/render?" + urlencode([("target", t) for t in targets] + [("format", "png")])
    image = urlopen(url, timeout=10).read()
    _send(settings.DEFAULT_FROM_EMAIL, recipients, "Graph", "", image)
    return HttpResponse("OK")
