import base64
import logging
import uuid
from dataclasses import asdict

from sanic import Blueprint
from sanic.exceptions import BadRequest, NotFound
from sanic.response import json

from .. import queue
from ..specs import parse_legacy_spec, parse_spec, validate
from ..worker import run_job

bp = Blueprint("jobs", url_prefix="/jobs")
log = logging.getLogger("pipeline.api")

SYNC_STEP_LIMIT = 3


def _job_from_spec(spec, submitted_by):
    return {"id": uuid.uuid4().hex, "name": spec.name, "steps": [asdict(s) for s in spec.steps], "by": submitted_by}


@bp.post("/")
async def submit(request):
    text = request.body.decode("utf-8", errors="replace")
    legacy = request.args.get("format") == "legacy"
    spec = parse_legacy_spec(text) if legacy else parse_spec(text)
    errors = validate(spec)
    if errors:
        raise BadRequest("; ".join(errors))
    job = _job_from_spec(spec, request.ctx.user)
    if request.args.get("sync") == "1" and len(spec.steps) <= SYNC_STEP_LIMIT:
        rows = await request.app.loop.run_in_executor(None, run_job, job)
        return json({"id": job["id"], "rows": rows})
    return json({"id": queue.enqueue(job)}, status=202)


@bp.get("/<job_id:str>")
async def job_status(request, job_id):
    state = queue.status(job_id)
    if state is None:
        raise NotFound("no such job")
    return json({"id": job_id, "status": state})


@bp.post("/<job_id:str>/resume")
async def resume(request, job_id):
    payload = request.json or {}
    blob = payload.get("checkpoint")
    if blob:
        state = queue.restore_checkpoint(base64.b64decode(blob))
    else:
        state = queue.load_own_checkpoint(job_id) or {}
    job = {"id": job_id, "steps": state.get("remaining", []), "by": request.ctx.user}
    return json({"id": queue.enqueue(job)}, status=202)


@bp.post("/<job_id:str>/rerun")
async def rerun(request, job_id):
    state = queue.load_own_checkpoint(job_id)
    if not state:
        raise NotFound("no checkpoint")
    return json({"id": queue.enqueue({"steps": state.get("steps", []), "by": request.ctx.user})}, status=202)
