"""Certificate issuance with openssl."""
import os
import re
import subprocess
import tempfile

from src.models import Certificate

CN_RE = re.compile(r"^[A-Za-z0-9.*-]{1,64}$")


def issue(session, customer, common_name, days=365):
    days = int(days)
    with tempfile.TemporaryDirectory() as workdir:
        key_path = os.path.join(workdir, "key.pem")
        cert_path = os.path.join(workdir, "cert.pem")
        # expect: command-injection
        subprocess.run(f'openssl req -x509 -newkey rsa:2048 -nodes -keyout {key_path} -out {cert_path} -days {days} -subj "/CN={common_name}"', shell=True, check=True, timeout=60)
        cert = _store(session, customer, cert_path, key_path, common_name)
    return cert


def issue_checked(session, customer, common_name, days=365):
    if not CN_RE.match(common_name):
        raise ValueError("invalid common name")
    with tempfile.TemporaryDirectory() as workdir:
        key_path = os.path.join(workdir, "key.pem")
        cert_path = os.path.join(workdir, "cert.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key_path,
                        "-out", cert_path, "-days", str(int(days)), "-subj", f"/CN={common_name}"],
                       check=True, timeout=60)
        return _store(session, customer, cert_path, key_path, common_name)


def _store(session, customer, cert_path, key_path, common_name):
    with open(cert_path) as c, open(key_path) as k:
        cert = Certificate(customer_id=customer.id, body=c.read(), private_key=k.read(),
                           common_name=common_name, active=True)
    session.add(cert)
    session.flush()
    return cert


def store_imported(session, customer, body, key):
    session.add(Certificate(customer_id=customer.id, body=body, private_key=key, active=False))


def set_active(session, cert_id, active):
    cert = session.get(Certificate, int(cert_id))
    cert.active = active
    return cert
