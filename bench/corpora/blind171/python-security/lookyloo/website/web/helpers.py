#!/usr/bin/env python3
"""Small helpers shared by the web views."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin, urlparse

from flask import Request, request

from lookyloo import Lookyloo
from lookyloo.default import get_homedir

_lookyloo = Lookyloo()


def get_secret_key() -> bytes:
    secret_file_path: Path = get_homedir() / "secret_key"
    if not secret_file_path.exists() or secret_file_path.stat().st_size < 64:
        with secret_file_path.open("wb") as f:
            f.write(os.urandom(64))
    with secret_file_path.open("rb") as f:
        return f.read()


def src_request_ip(req: Request) -> str | None:
    # The reverse proxy sets X-Real-IP; never trust X-Forwarded-For from clients.
    return req.headers.get("X-Real-IP") or req.remote_addr


def is_same_site(target: str) -> bool:
    if "\\" in target:
        return False
    ref_url = urlparse(request.host_url)
    test_url = urlparse(urljoin(request.host_url, target))
    return test_url.scheme in ("http", "https") and ref_url.netloc == test_url.netloc


def capture_file(tree_uuid: str, name: str):
    """Open one of the extra files stored next to a capture (HAR, cookies, html)."""
    capture_dir = _lookyloo.capture_dir(tree_uuid)
    # expect: path-traversal
    return open(os.path.join(capture_dir, name), "rb")


def capture_har(tree_uuid: str, index: int):
    """Open the n-th HAR of a capture; the name is built from an int."""
    capture_dir = _lookyloo.capture_dir(tree_uuid)
    return open(os.path.join(capture_dir, f"{int(index)}.har"), "rb")


def known_capture_file(tree_uuid: str, name: str):
    """Only the files Lookyloo writes itself may be fetched by name."""
    if name not in {"0.html", "0.cookies.json", "0.last_redirect.txt", "0.data"}:
        raise FileNotFoundError(name)
    capture_dir = _lookyloo.capture_dir(tree_uuid)
    return open(os.path.join(capture_dir, name), "rb")
