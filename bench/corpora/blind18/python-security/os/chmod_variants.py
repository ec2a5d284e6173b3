"""Deploy helper that lays out release directories and sockets."""
import os
import stat
from os import chmod
from pathlib import Path

RELEASES = Path("/srv/app/releases")
WORLD_WRITABLE = 0o777


def prepare_release(name):
    release = RELEASES / name
    release.mkdir(parents=True, exist_ok=True)
    # expect: file-permissions
    os.chmod(release, 0o777)
    return release


def publish_socket(path):
    # expect: file-permissions
    chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def write_config(path, text):
    Path(path).write_text(text)
    # expect: file-permissions
    Path(path).chmod(0o666)


def share_cache(path):
    # expect: file-permissions
    os.chmod(path, WORLD_WRITABLE)


def share_logs(path):
    # expect: file-permissions
    os.chmod(path, 511)


def write_secret(path, data: bytes):
    # safe: owner-only
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def make_executable(path):
    # safe: 0o755
    os.chmod(path, 0o755)


def readable_asset(path):
    # safe: 0o644
    Path(path).chmod(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)


def run_worker():
    # expect: file-permissions
    os.umask(0)
    os.makedirs("/srv/app/shared/uploads", exist_ok=True)
