"""Download helpers used by the sync jobs."""
import ftplib
import ssl
import telnetlib
import urllib.request as ureq
from urllib.request import urlretrieve as fetch_to_disk

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

MIRROR = "http://mirror.partner-data.com/exports"
SECURE_MIRROR = "https://mirror.partner-data.com/exports"
CA_BUNDLE = "/etc/ssl/certs/partner-ca.pem"


def fetch_index():
    # expect: insecure-transport
    with ureq.urlopen(MIRROR + "/index.json", timeout=10) as resp:
        return resp.read()


def fetch_index_tls():
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    with ureq.urlopen(SECURE_MIRROR + "/index.json", timeout=10, context=ctx) as resp:
        return resp.read()


def fetch_archive(name, dest):
    # expect: insecure-transport
    fetch_to_disk("http://downloads.partner-data.com/" + name, dest)


def legacy_context():
    # expect: weak-tls
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def lenient_context():
    # expect: tls-verification-disabled
    return ssl._create_unverified_context()


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def old_min_version():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def upload_ftp(path, user, password):
    # expect: insecure-transport
    with ftplib.FTP("ftp.partner-data.com", user, password) as ftp:
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {path.rsplit('/', 1)[-1]}", fh)


def upload_ftps(path, user, password):
    with ftplib.FTP_TLS("ftp.partner-data.com", user, password) as ftp:
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR upload.bin", fh)


def router_console(cmd):
    # expect: insecure-transport
    tn = telnetlib.Telnet("10.0.0.1", 23, timeout=5)
    tn.write(cmd.encode() + b"\n")
    return tn.read_all()


def session():
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3)))
    return s


def push_metrics(payload):
    s = session()
    # expect: insecure-transport
    return s.post("http://metrics.partner-data.com/v1/push", json=payload, timeout=5)


def push_metrics_tls(payload):
    return session().post("https://metrics.partner-data.com/v1/push", json=payload, timeout=5, verify=CA_BUNDLE)


def status_page():
    # expect: tls-verification-disabled
    return requests.get("https://status.partner-data.com/api", verify=False, timeout=5).json()


def health_local():
    return requests.get("http://127.0.0.1:8080/healthz", timeout=2).ok


def xml_schema_url():
    return "http://www.w3.org/2001/XMLSchema"
