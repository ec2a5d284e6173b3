from typing import Optional

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel

from .. import registry

router = APIRouter()


class JobRequest(BaseModel):
    action: str
    argument: str = ""
    note: Optional[str] = None


@router.get("/actions")
def list_actions():
    return registry.known_actions()


@router.post("/run")
def run_job(job: JobRequest):
    try:
        result = registry.dispatch(job.action, job.argument)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown action")
    return {"result": str(result)}


@router.post("/run-later", status_code=202)
def run_later(job: JobRequest, background: BackgroundTasks):
    if job.action not in registry.known_actions():
        raise HTTPException(status_code=404, detail="unknown action")
    background.add_task(registry.dispatch, job.action, job.argument)
    return {"queued": job.action}
