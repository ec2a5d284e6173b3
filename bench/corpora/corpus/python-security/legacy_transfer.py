"""Nightly transfer of partner files and a few maintenance helpers."""

import ftplib
import os
import pty
import ssl
import subprocess as sp
import telnetlib
import urllib.request
import xmlrpc.client
from os import system as run_shell
from urllib.request import urlopen, urlretrieve

from Crypto.Cipher import DES, AES, ARC4, Blowfish
from cryptography.hazmat.primitives.asymmetric import rsa, dsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from mako.template import Template
import hashlib

PARTNER_HOST = os.environ.get("PARTNER_HOST", "files.partner.example")
REPORT_URL = "https://reports.partner.example/daily.csv"


def fetch_partner_file(name):
    # expect: insecure-transport
    ftp = ftplib.FTP(PARTNER_HOST)
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    with open(name, "wb") as out:
        ftp.retrbinary(f"RETR {name}", out.write)


def fetch_partner_file_tls(name):
    ftp = ftplib.FTP_TLS(PARTNER_HOST)
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftp.prot_p()
    return ftp


def legacy_console(host):
    # expect: insecure-transport
    return telnetlib.Telnet(host, 23, timeout=10)


def download_report():
    # expect: insecure-transport
    urlretrieve("http://reports.partner.example/daily.csv", "/srv/in/daily.csv")
    with urlopen(REPORT_URL, timeout=30) as resp:
        return resp.read()


def download_any(url):
    # expect: ssrf
    return urllib.request.urlopen(url).read()


def restart_service(name):
    # expect: command-injection
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "systemctl restart " + name)
    os.spawnlp(os.P_WAIT, "systemctl", "systemctl", "restart", "nginx")


def replace_process(script):
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", script)


def open_shell(user_cmd):
    # expect: command-injection
    pty.spawn(["/bin/bash", "-c", user_cmd])


def cleanup(path):
    # expect: command-injection
    run_shell("rm -rf " + path)
    sp.run(["rm", "-rf", path], check=True)


def clean_tmp():
    run_shell("rm -rf /tmp/transfer-cache")


def partner_context():
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations("/etc/partner-ca.pem")
    return ctx


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def old_context():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def publish(path):
    with open(path, "w") as fh:
        fh.write("ready\n")
    # expect: file-permissions
    os.chmod(path, 0o777)
    os.chmod(path, 0o640)


def inventory_rpc():
    # expect: xxe
    proxy = xmlrpc.client.ServerProxy("https://erp.internal.example/rpc")
    return proxy.stock.levels()


def render_banner(username):
    # expect: xss
    return Template("<h1>Hello ${name}</h1>").render(name=username)


def render_banner_escaped(username):
    return Template("<h1>Hello ${name | h}</h1>", default_filters=["h"]).render(name=username)


def store_password(password):
    # expect: weak-hash
    digest = hashlib.md5(password.encode()).hexdigest()
    return digest


def file_checksum(data):
    return hashlib.sha256(data).hexdigest()


def legacy_encrypt(key, data):
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.encrypt(data)


def stream_encrypt(key, data):
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def blowfish_encrypt(key, data):
    # expect: weak-cipher
    return Blowfish.new(key, Blowfish.MODE_CBC).encrypt(data)


def aes_encrypt(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.encrypt_and_digest(data)


def tdes_encrypt(key, iv, data):
    # expect: weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def make_keys():
    # expect: weak-cipher
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    strong = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # expect: weak-cipher
    dsa_key = dsa.generate_private_key(key_size=1024)
    return weak, strong, dsa_key


def run_fixed():
    return sp.check_output(["uptime"], text=True)
