"""API Gateway Lambda for the jobs service."""
import json
import logging
import os
import subprocess

from db import jobs_by_status, jobs_matching, jobs_ordered
from storage import artifact_key, download_to_tmp, read_local

log = logging.getLogger()
log.setLevel(logging.INFO)

ORDERABLE = ("id", "name", "created_at")


def _response(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body, default=str)}


def list_jobs(event, context):
    params = event.get("queryStringParameters") or {}
    status = params.get("status", "queued")
    owner = event["requestContext"]["authorizer"]["claims"]["sub"]
    return _response(200, jobs_by_status(status, owner))


def filter_jobs(event, context):
    params = event.get("queryStringParameters") or {}
    conditions = []
    for field in ("status", "owner", "queue"):
        if field in params:
            conditions.append(f"{field} = '{params[field]}'")
    where = " AND ".join(conditions) or "TRUE"
    return _response(200, jobs_matching(where))


def ordered_jobs(event, context):
    params = event.get("queryStringParameters") or {}
    column = params.get("order", "id")
    if column not in ORDERABLE:
        column = "id"
    return _response(200, jobs_ordered(column))


def run_job(event, context):
    body = json.loads(event.get("body") or "{}")
    script = body.get("script", "default")
    args = body.get("args", "")
    # expect: command-injection
    out = subprocess.check_output(f"/opt/jobs/{script}.sh {args}", shell=True, timeout=60)
    return _response(200, {"output": out.decode(errors="replace")})


def run_job_argv(event, context):
    body = json.loads(event.get("body") or "{}")
    script = body.get("script", "default")
    if script not in ("default", "cleanup", "report"):
        return _response(400, {"error": "unknown script"})
    out = subprocess.check_output([f"/opt/jobs/{script}.sh", *map(str, body.get("args", []))], timeout=60)
    return _response(200, {"output": out.decode(errors="replace")})


def fetch_artifact(event, context):
    path_params = event.get("pathParameters") or {}
    key = artifact_key(path_params.get("owner", "me"), path_params.get("name", "latest"))
    local = download_to_tmp(key)
    return _response(200, {"size": os.path.getsize(local)})


def read_scratch(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "scratch.txt")
    return _response(200, {"size": len(read_local(name))})


def read_scratch_fixed(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "scratch.txt")
    log.info("scratch requested: %r", name)
    name = "scratch.txt"
    with open(os.path.join("/tmp/jobs", name), "rb") as fh:
        return _response(200, {"size": len(fh.read())})
