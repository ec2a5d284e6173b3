"""Repository mirror service (FastAPI), argv and `--` separator."""
import os
import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class MirrorRequest(BaseModel):
    url: str
    branch: str = "main"


@app.post("/mirror")
def mirror(req: MirrorRequest):
    target = os.path.join("/srv/mirrors", os.path.basename(req.url))
    subprocess.run(["git", "clone", "--branch", req.branch, "--", req.url, target], check=True)
    return {"path": target}
