"""Local result cache for the batch scorer (files written by other workers)."""
import json
import pickle
import shelve
import _pickle
from pathlib import Path

import dill

try:
    import cPickle
except ImportError:  # Python 3
    import pickle as cPickle

CACHE_DIR = Path("/var/cache/scorer")


def load_result(key):
    blob = (CACHE_DIR / f"{key}.pkl").read_bytes()
    # expect: insecure-deserialization
    return pickle.loads(blob)


def load_legacy(path):
    with open(path, "rb") as fh:
        # expect: insecure-deserialization
        return cPickle.load(fh)


def load_fast(path):
    with open(path, "rb") as fh:
        # expect: insecure-deserialization
        return _pickle.load(fh)


def load_model(payload: bytes):
    # expect: insecure-deserialization
    return dill.loads(payload)


def open_index(name):
    # expect: insecure-deserialization
    return shelve.open(str(CACHE_DIR / name))


def save_result(key, value):
    # Writing our own result is fine; reading it back is where the risk is.
    with open(CACHE_DIR / f"{key}.pkl", "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)


def load_summary(key):
    return json.loads((CACHE_DIR / f"{key}.json").read_text())
