"""File helpers for the attachments feature."""
import os
import re
from pathlib import Path

ATTACHMENTS = Path("/srv/portal/attachments")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def clean_name(name: str) -> str:
    if not _SAFE_NAME.fullmatch(name) or name.startswith("."):
        raise ValueError("bad file name")
    return name


def read_attachment(name: str) -> bytes:
    # expect: path-traversal
    with open(os.path.join(ATTACHMENTS, name), "rb") as fh:
        return fh.read()


def read_checked(name: str) -> bytes:
    return (ATTACHMENTS / clean_name(name)).read_bytes()


def attachment_size(name: str) -> int:
    return (ATTACHMENTS / os.path.basename(name)).stat().st_size
