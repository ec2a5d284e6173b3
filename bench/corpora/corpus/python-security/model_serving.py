"""Model registry endpoints: upload, load and score models."""
import io
import json

import joblib
import numpy as np
import torch
from fastapi import FastAPI, File, UploadFile

app = FastAPI()
MODELS: dict = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile = File(...)):
    raw = await file.read()
    # expect: deserialization
    MODELS[name] = torch.load(io.BytesIO(raw), weights_only=False)
    return {"loaded": name}


@app.post("/models/{name}/weights")
async def upload_weights(name: str, file: UploadFile = File(...)):
    raw = await file.read()
    state = torch.load(io.BytesIO(raw), weights_only=True, map_location="cpu")
    return {"tensors": len(state)}


@app.post("/sklearn/{name}")
async def upload_sklearn(name: str, file: UploadFile = File(...)):
    # expect: deserialization
    MODELS[name] = joblib.load(file.file)
    return {"loaded": name}


@app.post("/features")
async def upload_features(file: UploadFile = File(...)):
    raw = await file.read()
    # expect: deserialization
    arr = np.load(io.BytesIO(raw), allow_pickle=True)
    return {"shape": list(arr.shape)}


@app.post("/features/plain")
async def upload_features_plain(file: UploadFile = File(...)):
    raw = await file.read()
    arr = np.load(io.BytesIO(raw), allow_pickle=False)
    return {"shape": list(arr.shape)}


@app.post("/score/{name}")
async def score(name: str, payload: dict):
    model = MODELS[name]
    x = np.asarray(payload["features"], dtype=np.float32)
    return {"y": model.predict(x.reshape(1, -1)).tolist()}


@app.post("/transform")
async def transform(payload: dict):
    # expect: code-injection
    fn = eval("lambda x: " + payload["expr"])
    return {"y": [fn(v) for v in payload["values"]]}


@app.post("/config")
async def set_config(payload: dict):
    cfg = json.loads(payload["config"])
    return {"keys": sorted(cfg)}


@app.post("/postprocess")
async def postprocess(payload: dict):
    code = payload["script"]
    scope: dict = {"np": np}
    # expect: code-injection
    exec(code, scope)
    return {"result": scope.get("result")}
