"""Payment-provider webhooks and the nightly settlement import.

Everything here is written the careful way; it is the reference the other modules are
being moved to.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import subprocess
import tempfile
from pathlib import Path

import defusedxml.ElementTree as SafeET
import requests
import yaml
from flask import Blueprint, abort, jsonify, request

from common.config import settings

log = logging.getLogger(__name__)
bp = Blueprint("billing_hooks", __name__)
SETTLEMENT_DIR = Path(os.environ.get("SETTLEMENT_DIR", "/srv/billing/settlements"))
GPG = "/usr/bin/gpg"
TIMEOUT = (3.05, 20)


def _signature_ok(body: bytes, header: str) -> bool:
    secret = os.environ["PROVIDER_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


@bp.post("/hooks/provider")
def provider_hook():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Provider-Signature", "")):
        abort(401)
    event = json.loads(body)
    log.info("provider event %s (%s)", event.get("id"), event.get("type"))
    return jsonify(received=True)


def idempotency_key() -> str:
    return secrets.token_hex(16)


def fetch_settlement(day: str) -> Path:
    resp = requests.get(f"{settings.PRICE_LIST_URL}/settlements/{day}.xml.gpg", timeout=TIMEOUT)
    resp.raise_for_status()
    SETTLEMENT_DIR.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=SETTLEMENT_DIR, suffix=".gpg")
    with os.fdopen(fd, "wb") as fh:
        fh.write(resp.content)
    return Path(name)


def decrypt(path: Path) -> bytes:
    return subprocess.run([GPG, "--batch", "--quiet", "--decrypt", str(path)],
                          check=True, capture_output=True, timeout=60).stdout


def parse_settlement(xml_bytes: bytes) -> list[dict]:
    root = SafeET.fromstring(xml_bytes)
    return [{"id": tx.get("id"), "amount": tx.findtext("amount"), "currency": tx.findtext("currency")}
            for tx in root.iter("transaction")]


def load_fee_table(path: Path) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh) or {}


def store(conn, rows: list[dict]) -> int:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO settlements (tx_id, amount, currency) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
            [(r["id"], r["amount"], r["currency"]) for r in rows],
        )
    return len(rows)


def checksum(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()
