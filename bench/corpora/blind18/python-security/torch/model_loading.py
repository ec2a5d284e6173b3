"""Model registry: users upload checkpoints to fine-tune from."""
import io

import joblib
import numpy as np
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/checkpoint")
async def upload_checkpoint(ckpt: UploadFile):
    buf = io.BytesIO(await ckpt.read())
    # expect: deserialization
    state = torch.load(buf, map_location="cpu")
    return {"tensors": len(state)}


@app.post("/models/checkpoint/weights")
async def upload_weights(ckpt: UploadFile):
    buf = io.BytesIO(await ckpt.read())
    # safe: weights_only
    state = torch.load(buf, map_location="cpu", weights_only=True)
    return {"tensors": len(state)}


@app.post("/models/sklearn")
async def upload_sklearn(model: UploadFile):
    # expect: deserialization
    clf = joblib.load(io.BytesIO(await model.read()))
    return {"classes": list(map(str, clf.classes_))}


@app.post("/models/embeddings")
async def upload_embeddings(arr: UploadFile):
    buf = io.BytesIO(await arr.read())
    # expect: deserialization
    matrix = np.load(buf, allow_pickle=True)
    return {"shape": list(matrix.shape)}


@app.post("/models/embeddings/safe")
async def upload_embeddings_safe(arr: UploadFile):
    buf = io.BytesIO(await arr.read())
    # safe: pickles disabled
    matrix = np.load(buf, allow_pickle=False)
    return {"shape": list(matrix.shape)}


def export(model, path):
    # safe: saving
    torch.save(model.state_dict(), path)
