"""Pipeline definitions uploaded by users as YAML."""
import yaml
from yaml import Loader, SafeLoader, UnsafeLoader
from yaml import load as yload

from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(spec: UploadFile = File(...)):
    raw = await spec.read()
    # expect: deserialization
    data = yaml.load(raw, Loader=Loader)
    return {"stages": list(data.get("stages", []))}


@app.post("/pipelines/v2")
async def create_pipeline_v2(spec: UploadFile = File(...)):
    raw = await spec.read()
    # expect: deserialization
    data = yload(raw, UnsafeLoader)
    return {"stages": list(data.get("stages", []))}


@app.post("/pipelines/v3")
async def create_pipeline_v3(spec: UploadFile = File(...)):
    raw = await spec.read()
    # expect: deserialization
    data = yaml.unsafe_load(raw)
    return {"stages": list(data.get("stages", []))}


@app.post("/pipelines/v4")
async def create_pipeline_v4(spec: UploadFile = File(...)):
    raw = await spec.read()
    # expect: deserialization
    docs = list(yaml.load_all(raw, Loader=yaml.Loader))
    return {"documents": len(docs)}


@app.post("/pipelines/validate")
async def validate_pipeline(spec: UploadFile = File(...)):
    raw = await spec.read()
    # safe: safe loader
    data = yaml.load(raw, Loader=SafeLoader)
    return {"valid": isinstance(data, dict)}


@app.post("/pipelines/lint")
async def lint_pipeline(spec: UploadFile = File(...)):
    # safe: safe_load
    data = yaml.safe_load(await spec.read())
    return {"keys": sorted(data)}


def load_defaults(path="defaults.yml"):
    with open(path) as fh:
        # safe: C safe loader
        return yaml.load(fh, Loader=yaml.CSafeLoader)
