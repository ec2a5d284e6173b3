"""Uploads a pipeline definition (FastAPI), safe loader."""
import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def upload_pipeline(file: UploadFile):
    text = (await file.read()).decode()
    spec = yaml.safe_load(text)
    return {"steps": len(spec.get("steps", []))}
