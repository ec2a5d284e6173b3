"""Writes release artefacts and fixes their permissions."""
import os
import stat
from pathlib import Path


def publish_artifact(path: Path, data: bytes):
    path.write_bytes(data)
    # expect: file-permissions
    os.chmod(path, 0o777)


def write_shared_cache(path, payload: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, payload)
        # expect: file-permissions
        os.fchmod(fd, 0o666)
    finally:
        os.close(fd)


def open_up_upload_dir(directory):
    # expect: file-permissions
    os.chmod(directory, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def make_world_writable_log(path):
    # expect: file-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH)


def install_script(path: Path, body: str):
    path.write_text(body, encoding="utf-8")
    os.chmod(path, 0o755)


def write_secret(path: Path, secret: str):
    path.write_text(secret, encoding="utf-8")
    os.chmod(path, 0o600)


def write_readme(path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
