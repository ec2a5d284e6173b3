# library: fastapi (pickle of the request body)
import json
import pickle

from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/jobs/resume")
async def resume(request: Request):
    body = await request.body()
    # expect: deserialization
    job = pickle.loads(body)
    return {"job": job.get("id")}


@app.post("/models/upload")
async def upload_model(file: UploadFile):
    # expect: deserialization
    model = pickle.load(file.file)
    return {"type": type(model).__name__}


@app.post("/jobs/resume/v2")
async def resume_v2(request: Request):
    job = json.loads(await request.body())
    return {"job": job.get("id")}


@app.get("/jobs/{job_id}/snapshot")
async def snapshot(job_id: int):
    return {"size": len(pickle.dumps({"id": job_id}))}
