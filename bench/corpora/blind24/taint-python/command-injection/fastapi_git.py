"""Repository mirror service (FastAPI)."""
import os

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class MirrorRequest(BaseModel):
    url: str
    branch: str = "main"


@app.post("/mirror")
def mirror(req: MirrorRequest):
    target = os.path.join("/srv/mirrors", os.path.basename(req.url))
    # expect: command-injection
    os.system("git clone --branch " + req.branch + " " + req.url + " " + target)
    return {"path": target}
