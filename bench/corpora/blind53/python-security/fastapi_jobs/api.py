"""FastAPI endpoints that hand work to RQ and Dramatiq."""
from fastapi import Body, FastAPI, Form, Request
from pydantic import BaseModel

from . import actors, export_jobs
from .queueing import enqueue_export, exports_queue

app = FastAPI(title="jobs")


class ExportBody(BaseModel):
    where: str = "1=1"
    name: str = "users.csv"
    level: str = "6"


class WebhookBody(BaseModel):
    url: str
    event: str


@app.post("/exports")
def create_export(body: ExportBody):
    job = enqueue_export(export_jobs.export_table, body.where, body.name)
    exports_queue.enqueue(export_jobs.compress, body.name, body.level, depends_on=job)
    return {"job": job.id}


@app.post("/mappings")
async def upload_mapping(request: Request):
    xml_text = (await request.body()).decode()
    job = exports_queue.enqueue(export_jobs.import_mapping, xml_text)
    return {"job": job.id}


@app.post("/webhooks/test")
def test_webhook(body: WebhookBody):
    actors.post_webhook.send(body.url, {"event": body.event})
    return {"queued": True}


@app.post("/rules/run")
def run_rule(rule: str = Form(...), user_id: int = Form(...)):
    actors.evaluate_rule.send_with_options(args=(rule, {"user_id": user_id}), delay=1000)
    return {"queued": True}


@app.post("/v2/exports")
def create_export_safe(days: int = Body(7, embed=True), level: int = Body(6, embed=True)):
    job = enqueue_export(export_jobs.export_since, days, "recent.csv")
    exports_queue.enqueue(export_jobs.compress_argv, "recent.csv", level, depends_on=job)
    return {"job": job.id}


@app.post("/v2/mappings")
async def upload_mapping_safe(request: Request):
    xml_text = (await request.body()).decode()
    return {"job": exports_queue.enqueue(export_jobs.import_mapping_safe, xml_text).id}


@app.post("/v2/announce")
def announce(event: str = Body(..., embed=True)):
    actors.post_slack.send(f"event: {event}")
    return {"queued": True}
