"""Loads cached job state and config for the batch workers."""
import json
import marshal
import pickle
import shelve

import yaml


def load_config(path: str) -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh)


def load_pipeline(path: str) -> dict:
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_pipeline_fast(text: str) -> dict:
    return yaml.load(text, Loader=yaml.CSafeLoader)


def load_legacy(text: str):
    # expect: deserialization
    return yaml.unsafe_load(text)


def load_all(text: str):
    # expect: deserialization
    return list(yaml.load_all(text, Loader=yaml.FullLoader))


def job_state(blob: bytes):
    # expect: deserialization
    return pickle.loads(blob)


def job_state_json(blob: bytes):
    return json.loads(blob)


def save_state(path: str, state: dict) -> None:
    with open(path, "wb") as fh:
        pickle.dump(state, fh)


def compiled(blob: bytes):
    # expect: deserialization
    return marshal.loads(blob)


def cached_results(path: str):
    # expect: deserialization
    with shelve.open(path) as db:
        return dict(db)
