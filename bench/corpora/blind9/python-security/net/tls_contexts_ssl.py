# library: ssl (stdlib) with http.client and smtplib
"""Health probes for internal services."""
import http.client
import smtplib
import ssl


def probe_api(host):
    ctx = ssl.create_default_context()
    conn = http.client.HTTPSConnection(host, 443, context=ctx, timeout=5)
    conn.request("GET", "/healthz")
    return conn.getresponse().status


def probe_legacy(host):
    # expect: tls-verify-off
    conn = http.client.HTTPSConnection(host, 8443, context=ssl._create_unverified_context(), timeout=5)
    conn.request("GET", "/status")
    return conn.getresponse().status


def probe_selfsigned(host):
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    conn = http.client.HTTPSConnection(host, 9443, context=ctx, timeout=5)
    conn.request("GET", "/")
    return conn.getresponse().status


def probe_internal_ca(host, cafile="/etc/pki/internal-ca.pem"):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    conn = http.client.HTTPSConnection(host, 443, context=ctx, timeout=5)
    conn.request("GET", "/healthz")
    return conn.getresponse().status


def send_alert(host, sender, to, body):
    # expect: weak-cipher
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    with smtplib.SMTP(host, 587, timeout=10) as smtp:
        smtp.starttls(context=ctx)
        smtp.sendmail(sender, [to], body)


def send_alert_safe(host, sender, to, body):
    with smtplib.SMTP(host, 587, timeout=10) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.sendmail(sender, [to], body)
