"""Spool directories for the mail relay."""
import os
import stat
from pathlib import Path

SPOOL = Path("/var/spool/relay")


def ensure_spool():
    # expect: file-permissions
    os.umask(0o000)
    os.makedirs(SPOOL / "incoming", exist_ok=True)


def ensure_keys():
    # safe: private directory
    os.makedirs(SPOOL / "keys", mode=0o700, exist_ok=True)


def open_queue(name):
    queue = SPOOL / name
    queue.mkdir(parents=True, exist_ok=True)
    st = os.stat(queue)
    # expect: file-permissions
    os.chmod(queue, st.st_mode | stat.S_IWOTH)
    return queue


def drop_message(name, body: bytes):
    path = SPOOL / "incoming" / name
    # safe: owner-only file
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(body)


def hand_over(fd):
    # expect: file-permissions
    os.fchmod(fd, 0o0777)


def share_outbox(path):
    # expect: file-permissions
    os.chmod(path, int("777", 8))


def archive(path):
    # safe: group-readable
    os.chmod(path, 0o640)


def set_umask():
    # safe: restrictive umask
    return os.umask(0o077)
