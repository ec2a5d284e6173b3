"""Writes deploy artefacts and runtime directories."""
import os
import stat


def write_key(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o600)


def write_shared_socket_dir(path: str) -> None:
    # expect: file-permissions
    os.makedirs(path, mode=0o777, exist_ok=True)


def publish_script(path: str) -> None:
    os.chmod(path, 0o755)


def open_everything(path: str) -> None:
    # expect: file-permissions
    os.chmod(path, 0o777)


def group_writable_cache(path: str) -> None:
    # expect: file-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def world_readable_config(path: str) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)


def relaxed_umask() -> None:
    # expect: file-permissions
    os.umask(0)
