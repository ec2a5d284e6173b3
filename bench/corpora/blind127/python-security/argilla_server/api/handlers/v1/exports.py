"""Dataset export: queued to the RQ job with a file name."""
import re
import uuid

from fastapi import APIRouter, Depends, HTTPException

from argilla_server.jobs import webhook_jobs
from argilla_server.security import auth

router = APIRouter(tags=["exports"])
SAFE_NAME = re.compile(r"^[\w-]{1,64}\.jsonl?$")


@router.post("/datasets/{dataset_id}/export")
async def export_dataset(dataset_id: uuid.UUID, filename: str = "", current_user=Depends(auth.get_current_owner)):
    if not filename:
        filename = f"{dataset_id}.json"
    job = webhook_jobs.HIGH_QUEUE.enqueue(webhook_jobs.export_dataset_job, str(dataset_id), filename=filename, records=[])
    return {"job_id": job.id}


@router.post("/datasets/{dataset_id}/export_checked")
async def export_dataset_checked(dataset_id: uuid.UUID, filename: str, current_user=Depends(auth.get_current_owner)):
    if not SAFE_NAME.match(filename):
        raise HTTPException(status_code=422, detail="invalid file name")
    job = webhook_jobs.HIGH_QUEUE.enqueue(webhook_jobs.export_dataset_job, str(dataset_id), filename, [])
    return {"job_id": job.id}
