"""Loads trained models and feature tables for the scoring service."""
import dill
import joblib
import numpy as np
import pandas as pd
import torch


def load_weights(path: str, model: torch.nn.Module) -> torch.nn.Module:
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    return model


def load_full_model(path: str):
    # expect: deserialization
    return torch.load(path, map_location="cpu")


def load_features(path: str) -> np.ndarray:
    return np.load(path, allow_pickle=False)


def load_object_features(path: str):
    # expect: deserialization
    return np.load(path, allow_pickle=True)


def load_frame(path: str) -> pd.DataFrame:
    # expect: deserialization
    return pd.read_pickle(path)


def load_frame_parquet(path: str) -> pd.DataFrame:
    return pd.read_parquet(path)


def load_pipeline(path: str):
    # expect: deserialization
    return joblib.load(path)


def load_closure(blob: bytes):
    # expect: deserialization
    return dill.loads(blob)
