"""Writes rendered config, keys and sockets during deploy."""
import os
import stat
import tempfile
from pathlib import Path

RUN_DIR = Path("/run/app")


def write_private_key(path: str, pem: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def write_shared_key(path: str, pem: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(pem)
    # "so the sidecar can read it"
    # expect: file-permissions
    os.chmod(path, 0o777)


def publish_static(path: Path) -> None:
    path.chmod(0o644)


def make_socket_dir() -> None:
    # expect: file-permissions
    RUN_DIR.mkdir(mode=0o777, parents=True, exist_ok=True)


def make_cache_dir(base: str) -> str:
    d = os.path.join(base, "cache")
    os.makedirs(d, mode=0o755, exist_ok=True)
    return d


def open_world_writable(path: str) -> None:
    mode = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
    # expect: file-permissions
    os.chmod(path, mode)


def allow_group_write(path: str) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IWGRP)


def write_token(token: str) -> str:
    fd, name = tempfile.mkstemp(prefix="tok-", dir=str(RUN_DIR))
    with os.fdopen(fd, "w") as fh:
        fh.write(token)
    return name


def write_scratch(data: str) -> str:
    # expect: temp-file
    name = tempfile.mktemp(suffix=".json")
    with open(name, "w") as fh:
        fh.write(data)
    return name


def write_world_readable_env(path: str, content: str) -> None:
    # expect: file-permissions
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)
    os.write(fd, content.encode())
    os.close(fd)


def relax_umask() -> None:
    # expect: file-permissions
    os.umask(0)


def install_script(path: Path) -> None:
    path.write_text("#!/bin/sh\nexec /opt/app/bin/run \"$@\"\n")
    path.chmod(0o755)


def share_upload_dir(path: Path) -> None:
    # expect: file-permissions
    path.chmod(0o766)
