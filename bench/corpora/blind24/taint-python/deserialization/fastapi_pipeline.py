"""Uploads a pipeline definition (FastAPI)."""
import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def upload_pipeline(file: UploadFile):
    text = (await file.read()).decode()
    # expect: deserialization
    spec = yaml.load(text, Loader=yaml.UnsafeLoader)
    return {"steps": len(spec.get("steps", []))}
