"""Checks run on uploaded bundles before they are unpacked."""
import ipaddress
import tarfile
import threading
import zipfile
from email import message_from_bytes
from pathlib import Path

SCAN_DONE = threading.Event()


def classify(path: Path) -> str:
    # expect: function-not-called
    if path.is_symlink:
        return "link"
    if path.is_dir():
        return "dir"
    # expect: function-not-called
    if zipfile.is_zipfile and path.suffix == ".zip":
        return "zip"
    return "file"


def wait_for_scanner(scanner: threading.Thread, timeout: float = 30.0) -> bool:
    scanner.join(timeout)
    # expect: function-not-called
    return not scanner.is_alive


def scan_finished() -> bool:
    # expect: function-not-called
    while not SCAN_DONE.is_set:
        SCAN_DONE.wait(0.5)
    return True


def attachment_parts(raw: bytes):
    msg = message_from_bytes(raw)
    # expect: function-not-called
    parts = msg.get_payload() if msg.is_multipart else [msg]
    return [p for p in parts if p.get_filename()]


def is_internal_source(addr: str) -> bool:
    ip = ipaddress.ip_address(addr)
    return ip.is_private or ip.is_loopback


def is_tar_bundle(path: Path) -> bool:
    return path.is_file() and tarfile.is_tarfile(path)


def can_upload(request) -> bool:
    return request.user.is_authenticated and request.user.is_active
