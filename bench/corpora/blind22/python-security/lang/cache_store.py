"""Disk and network cache for the model-serving worker."""
import json
import marshal
import pickle
import shelve

import jsonpickle
import numpy as np
import torch
import yaml


def load_local_cache(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def save_local_cache(path, obj):
    with open(path, "wb") as fh:
        pickle.dump(obj, fh)


def from_queue(message):
    # expect: deserialization
    return pickle.loads(message.body)


def from_queue_json(message):
    return json.loads(message.body)


def from_redis(client, key):
    # expect: deserialization
    return jsonpickle.decode(client.get(key))


def load_bytecode(blob):
    # expect: deserialization
    return marshal.loads(blob)


def load_settings(stream):
    # expect: deserialization
    return yaml.load(stream, Loader=yaml.UnsafeLoader)


def load_settings_safe(stream):
    return yaml.load(stream, Loader=yaml.SafeLoader)


def load_model(uploaded_path):
    # expect: deserialization
    return torch.load(uploaded_path)


def load_weights(uploaded_path):
    return torch.load(uploaded_path, weights_only=True)


def load_features(path):
    return np.load(path, allow_pickle=False)


def open_index(path):
    return shelve.open(path, flag="r")
