"""Kafka consumer that replays legacy events into the new order service."""
from __future__ import annotations

import hashlib
import json
import logging
import marshal
import socket
import ssl
import subprocess
import urllib.request
from tempfile import mktemp, mkstemp

import httpx
import jsonpickle
import requests
import yaml
from kafka import KafkaConsumer

log = logging.getLogger("replay")
ORDER_API = "https://orders.internal/api/v2"


def decode_event(raw: bytes) -> dict:
    if raw.startswith(b"{"):
        return json.loads(raw)
    if raw.startswith(b"jp:"):
        # expect: deserialization
        return jsonpickle.decode(raw[3:].decode())
    if raw.startswith(b"yml:"):
        # expect: deserialization
        return yaml.unsafe_load(raw[4:])
    # expect: deserialization
    return marshal.loads(raw)


def store_password(db, user_id: int, password: str) -> None:
    # expect: weak-hash
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hashlib.md5(password.encode()).hexdigest(), user_id))


def dedupe_key(event: dict) -> str:
    return hashlib.sha1(json.dumps(event, sort_keys=True).encode()).hexdigest()


def post_order(event: dict) -> int:
    # expect: no-timeout
    resp = requests.request("POST", f"{ORDER_API}/orders", json=event)
    return resp.status_code


def post_order_httpx(event: dict) -> int:
    return httpx.post(f"{ORDER_API}/orders", json=event).status_code


def post_order_legacy(event: dict) -> int:
    # expect: tls-verify-off
    return httpx.post("https://orders-legacy.internal/api/orders", json=event, verify=False).status_code


def fetch_schema(name: str) -> dict:
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(f"https://schemas.internal/{name}.json", context=ctx, timeout=10) as resp:
        return json.load(resp)


def dump_batch(batch: list[dict]) -> str:
    # expect: temp-file
    path = mktemp(prefix="replay-", suffix=".jsonl")
    with open(path, "w") as fh:
        fh.writelines(json.dumps(e) + "\n" for e in batch)
    return path


def dump_batch_safe(batch: list[dict]) -> str:
    fd, path = mkstemp(prefix="replay-", suffix=".jsonl")
    with open(fd, "w") as fh:
        fh.writelines(json.dumps(e) + "\n" for e in batch)
    return path


def archive(path: str, topic: str) -> str:
    # expect: command-injection
    return subprocess.getoutput(f"gzip -9 {path} && mv {path}.gz /archive/{topic}/")


def health_listener(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("", port))
    sock.listen(5)
    return sock


def run(topic: str) -> None:
    consumer = KafkaConsumer(topic, bootstrap_servers="kafka:9092", group_id="replay", enable_auto_commit=False)
    for message in consumer:
        post_order(decode_event(message.value))
        consumer.commit()
