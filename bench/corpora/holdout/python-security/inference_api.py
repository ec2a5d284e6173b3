"""FastAPI inference service: model registry, uploads, batch scoring."""
from __future__ import annotations

import os
import pickle
import shutil
import subprocess
from pathlib import Path

import dill
import torch
import uvicorn
from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse, HTMLResponse

app = FastAPI(debug=os.environ.get("API_DEBUG") == "1")
MODEL_DIR = Path("/srv/models")
UPLOAD_DIR = Path("/srv/uploads")


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile = File(...)):
    # expect: path-traversal
    target = open(UPLOAD_DIR / file.filename, "wb")
    shutil.copyfileobj(file.file, target)
    target.close()
    return {"stored": name}


@app.post("/models/{name}/safe")
async def upload_model_safe(name: str, file: UploadFile = File(...)):
    dest = (UPLOAD_DIR / Path(file.filename).name).resolve()
    if os.path.commonpath([dest, UPLOAD_DIR.resolve()]) != str(UPLOAD_DIR.resolve()):
        raise HTTPException(400, "bad name")
    with dest.open("wb") as fh:
        shutil.copyfileobj(file.file, fh)
    return {"stored": dest.name}


def load_checkpoint(path: Path):
    return torch.load(path, map_location="cpu", weights_only=True)


def load_full_checkpoint(path: Path):
    # expect: deserialization
    return torch.load(path, map_location="cpu", weights_only=False)


def load_preprocessor(path: Path):
    with open(path, "rb") as fh:
        # expect: deserialization
        return dill.load(fh)


def save_preprocessor(obj, path: Path) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh)


@app.post("/score")
async def score(file: UploadFile = File(...)):
    raw = await file.read()
    # expect: deserialization
    batch = pickle.loads(raw)
    return {"n": len(batch)}


@app.get("/models/{name}/card", response_class=HTMLResponse)
async def model_card(name: str, note: str = ""):
    # expect: xss
    return HTMLResponse(f"<h2>{name}</h2><p>{note}</p>")


@app.get("/models/{name}/weights")
async def weights(name: str):
    path = (MODEL_DIR / name / "model.pt").resolve()
    if not path.is_relative_to(MODEL_DIR.resolve()):
        raise HTTPException(404)
    return FileResponse(path)


@app.post("/gpu/reset")
async def gpu_reset(device: int):
    subprocess.run(["nvidia-smi", "--gpu-reset", "-i", str(device)], check=True)
    return {"ok": True}


if __name__ == "__main__":
    # expect: bind-all
    uvicorn.run("inference_api:app", host="0.0.0.0", port=8080, workers=2)
