"""TLS client/server setup for the agent."""
import os
import re
import socket
import ssl
import stat
from ssl import PROTOCOL_TLSv1_1, SSLContext, TLSVersion

CERT = "/etc/agent/agent.pem"


def legacy_client_context():
    # expect: weak-tls
    return SSLContext(PROTOCOL_TLSv1_1)


def legacy_v1():
    # expect: weak-tls
    ctx = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1)
    return ctx


def client_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = TLSVersion.TLSv1_2
    return ctx


def relaxed_minimum():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT)
    return ctx


def no_verify_context():
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    return ctx


def manual_no_verify():
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def wrap(sock):
    # expect: weak-tls
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)


def publish_socket(path):
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(path)
    # expect: file-permissions
    os.chmod(path, 0o777)
    return sock


def write_state(path, data):
    with open(path, "w") as fh:
        fh.write(data)
    os.chmod(path, 0o600)


def share_logs(directory):
    # expect: file-permissions
    os.chmod(directory, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def share_readonly(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)


def drop_config(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, text.encode())
    os.close(fd)


def drop_world_writable(path, text):
    # expect: file-permissions
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, mode=0o666)
    os.write(fd, text.encode())
    os.close(fd)


def make_executable(path):
    os.chmod(path, 0o755)


# expect: regex-dos
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@example\.com$")
# expect: regex-dos
WORDS_RE = re.compile(r"^(\w+\s?)*$")
VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
HEADER_RE = re.compile(r"^[A-Za-z-]+:\s*(.*)$")


def match_tags(text):
    # expect: regex-dos
    return re.match(r"(a|aa)+$", text)


def split_fields(line):
    return re.split(r"\s+", line.strip())
