# library: torch / numpy / joblib
"""Loads model artefacts for the ranking service."""
from pathlib import Path

import joblib
import numpy as np
import torch

ARTEFACTS = Path("/srv/ranking/artefacts")


def load_weights(name: str):
    return torch.load(ARTEFACTS / f"{name}.pt", map_location="cpu", weights_only=True)


def load_full_model(path: str):
    # expect: deserialization
    return torch.load(path, map_location="cpu", weights_only=False)


def load_embeddings(name: str) -> np.ndarray:
    return np.load(ARTEFACTS / f"{name}.npy", allow_pickle=False)


def load_vocab(path: str):
    # expect: deserialization
    return np.load(path, allow_pickle=True).item()


def load_sklearn(path: str):
    # expect: deserialization
    return joblib.load(path)


def save_sklearn(model, name: str) -> None:
    joblib.dump(model, ARTEFACTS / f"{name}.joblib")
