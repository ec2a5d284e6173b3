"""Caches fitted models and feature frames between runs (pickle, dill, joblib, shelve)."""
import base64
import hashlib
import io
import hmac
import os
import pickle
import shelve
from pathlib import Path

import dill
import joblib
import requests

CACHE = Path(os.environ.get("MODEL_CACHE", "/var/cache/models"))
SIGNING_KEY = os.environ["MODEL_SIGNING_KEY"].encode()


def save(name: str, model) -> None:
    data = pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL)
    sig = hmac.new(SIGNING_KEY, data, hashlib.sha256).digest()
    (CACHE / f"{name}.pkl").write_bytes(sig + data)


def load(name: str):
    blob = (CACHE / f"{name}.pkl").read_bytes()
    sig, data = blob[:32], blob[32:]
    if not hmac.compare_digest(sig, hmac.new(SIGNING_KEY, data, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return pickle.loads(data)


def load_shared(url: str):
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    # expect: deserialization
    return pickle.loads(resp.content)


def load_uploaded(fileobj):
    # expect: deserialization
    return pickle.load(fileobj)


def load_pipeline_from_registry(url: str):
    resp = requests.get(url, timeout=120)
    resp.raise_for_status()
    # expect: deserialization
    return joblib.load(io.BytesIO(resp.content))


def save_pipeline(pipe, path: str) -> None:
    joblib.dump(pipe, path, compress=3)


def load_task_from_queue(message: dict):
    # expect: deserialization
    return dill.loads(base64.b64decode(message["body"]))


def save_closure(fn) -> bytes:
    return dill.dumps(fn, recurse=True)


def feature_store():
    return shelve.open(str(CACHE / "features"))


def import_customer_store(upload_dir: Path, filename: str) -> dict:
    # expect: deserialization
    with shelve.open(str(upload_dir / filename), flag="r") as db:
        return dict(db)
