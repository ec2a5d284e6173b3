"""Probes the status pages of internal services (run from cron)."""
import http.client
import json
import ssl
import urllib.request

CA_BUNDLE = "/etc/ssl/internal-ca.pem"
TIMEOUT = 10


def probe_dashboard(url):
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=TIMEOUT) as resp:
        return resp.status


def probe_api(host):
    # expect: tls-verify-off
    conn = http.client.HTTPSConnection(host, 8443, timeout=TIMEOUT, context=ssl._create_unverified_context())
    conn.request("GET", "/health")
    body = conn.getresponse().read()
    return json.loads(body)


def disable_verification_globally():
    """Called when the --insecure flag is given."""
    # expect: tls-verify-off
    ssl._create_default_https_context = ssl._create_unverified_context


def probe_internal(url):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    with urllib.request.urlopen(url, context=ctx, timeout=TIMEOUT) as resp:
        return resp.status


def probe_public(url):
    with urllib.request.urlopen(url, context=ssl.create_default_context(), timeout=TIMEOUT) as resp:
        return resp.status


def client_context():
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
