import io
import json
import pickle

import yaml


def load_model_config(model_json):
    return json.loads(model_json)


def load_mlmodel(text):
    # expect: deserialization
    return yaml.load(text, Loader=yaml.Loader)


def load_mlmodel_safe(text):
    return yaml.safe_load(text)


def load_example(blob):
    # expect: deserialization
    return pickle.load(io.BytesIO(blob))
