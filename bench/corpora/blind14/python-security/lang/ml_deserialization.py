# library: torch / joblib / numpy (model loading)
"""Model registry client: downloads and loads model artifacts."""
import io

import joblib
import numpy as np
import requests
import torch

REGISTRY = "https://models.example.com"


def fetch(name):
    resp = requests.get(f"{REGISTRY}/artifacts/{name}", timeout=30)
    resp.raise_for_status()
    return io.BytesIO(resp.content)


def load_torch(name):
    # expect: deserialization
    return torch.load(fetch(name), weights_only=False)


def load_torch_weights(name):
    return torch.load(fetch(name), weights_only=True)


def load_sklearn(name):
    # expect: deserialization
    return joblib.load(fetch(name))


def load_embeddings(name):
    return np.load(fetch(name), allow_pickle=False)


def load_pickled_embeddings(name):
    # expect: deserialization
    return np.load(fetch(name), allow_pickle=True)
