"""Loads models and datasets uploaded by analysts."""
import dill
import joblib
import pandas as pd
from ruamel.yaml import YAML


def load_sklearn(path):
    # expect: deserialization
    return joblib.load(path)


def load_frame(path):
    # expect: deserialization
    return pd.read_pickle(path)


def load_frame_parquet(path):
    return pd.read_parquet(path)


def load_closure(blob):
    # expect: deserialization
    return dill.loads(blob)


def load_pipeline_spec(text):
    # expect: deserialization
    return YAML(typ="unsafe").load(text)


def load_pipeline_spec_safe(text):
    return YAML(typ="safe").load(text)
