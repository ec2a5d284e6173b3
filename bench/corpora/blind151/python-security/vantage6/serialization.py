"""Decodes task input sent by clients in one of the supported formats."""
import base64
import json
import logging
import pickle

log = logging.getLogger(__name__)


def deserialize_input(payload, data_format="json"):
    raw = base64.b64decode(payload)
    if data_format == "pickle":
        # expect: deserialization
        return pickle.loads(raw)
    return json.loads(raw.decode("utf-8"))


def deserialize_json_only(payload):
    raw = base64.b64decode(payload)
    return json.loads(raw.decode("utf-8"))


def serialize_output(obj):
    return base64.b64encode(json.dumps(obj).encode("utf-8")).decode("ascii")


SUPPORTED_FORMATS = ("json", "pickle")


def check_format(data_format):
    if data_format not in SUPPORTED_FORMATS:
        raise ValueError(f"unsupported data format {data_format}")
    return data_format
