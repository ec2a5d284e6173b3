"""Low-level clients used by the monitoring agent."""
import ftplib
import http.client
import smtplib
import socket
import ssl
import telnetlib
import urllib.request

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def listen_metrics(port=9100):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    srv.bind(("0.0.0.0", port))
    srv.listen(16)
    return srv


def listen_admin(port=9101):
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    return srv


def fetch_status(host):
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(f"https://{host}/status", context=ctx, timeout=5) as r:
        return r.read()


def fetch_status_pinned(host):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    with urllib.request.urlopen(f"https://{host}/status", context=ctx, timeout=5) as r:
        return r.read()


def legacy_probe(host, port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def old_device(host):
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    modern = ssl.create_default_context()
    modern.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx, modern


def upload_report(host, user, password, path):
    # expect: insecure-transport
    ftp = ftplib.FTP(host)
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)
    secure = ftplib.FTP_TLS(host)
    secure.login(user, password)
    secure.prot_p()


def poke_switch(host):
    # expect: insecure-transport
    tn = telnetlib.Telnet(host, 23, timeout=5)
    tn.write(b"show version\n")
    return tn.read_all()


def send_alert(host, user, password, msg):
    with smtplib.SMTP(host, 587, timeout=10) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(user, password)
        smtp.sendmail(user, [user], msg)


def push_metrics(host, body):
    # expect: insecure-transport
    conn = http.client.HTTPConnection(host, 80, timeout=5)
    conn.request("POST", "/ingest", body)
    tls = http.client.HTTPSConnection(host, 443, timeout=5, context=ssl.create_default_context())
    tls.request("POST", "/ingest", body)
    return conn.getresponse().status, tls.getresponse().status
