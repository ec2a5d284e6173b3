"""Writes TLS keys, the agent socket and helper scripts for the edge agent."""
import os
import socket
import stat

KEY_DIR = "/etc/edge-agent/keys"
SOCK_PATH = "/run/edge-agent.sock"


def write_private_key(name, pem):
    path = os.path.join(KEY_DIR, f"{name}.key")
    with open(path, "wb") as fh:
        fh.write(pem)
    # expect: file-permissions
    os.chmod(path, 0o777)
    return path


def write_shared_key(name, pem):
    path = os.path.join(KEY_DIR, f"{name}.shared.key")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        os.write(fd, pem)
        # expect: file-permissions
        os.fchmod(fd, 0o666)
    finally:
        os.close(fd)
    return path


def open_agent_socket():
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(SOCK_PATH)
    # expect: file-permissions
    os.chmod(SOCK_PATH, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    server.listen(8)
    return server


def write_token_file(path, token):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(token)
    # expect: file-permissions
    os.chmod(path, 0o646)


def make_spool_dir(path):
    os.makedirs(path, exist_ok=True)
    # expect: file-permissions
    os.chmod(path, 0o777)


def write_private_key_safely(name, pem):
    path = os.path.join(KEY_DIR, f"{name}.key")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    return path


def write_ca_bundle(path, pem):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o644)


def install_helper(path, body):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(body)
    os.chmod(path, 0o755)
