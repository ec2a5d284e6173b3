"""Lays out the release directory and sockets for the app server."""
import os
import stat
import tempfile
from pathlib import Path

RELEASE_ROOT = Path("/srv/app/releases")


def publish_release(build_dir: Path, name: str):
    target = RELEASE_ROOT / name
    build_dir.rename(target)
    # expect: file-permissions
    os.chmod(target, 0o777)
    return target


def install_hook(script: str):
    # expect: file-permissions
    os.chmod(script, stat.S_IRWXU | stat.S_IRWXG | stat.S_IROTH | stat.S_IWOTH)


def write_shared_state(data: bytes):
    fd, path = tempfile.mkstemp(dir="/var/lib/app")
    with os.fdopen(fd, "wb") as fh:
        # expect: file-permissions
        os.fchmod(fh.fileno(), 0o666)
        fh.write(data)
    return path


class SocketDir:
    def __init__(self, base):
        self.base = Path(base)

    def prepare(self):
        self.base.mkdir(parents=True, exist_ok=True)
        sock = self.base / "app.sock"
        sock.touch()
        # expect: file-permissions
        os.chmod(sock, mode=0o766)
        return sock


def store_private_key(path: str, pem: bytes):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o600)


def store_config(path: str):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)


def restrict_new_files():
    os.umask(0o077)
