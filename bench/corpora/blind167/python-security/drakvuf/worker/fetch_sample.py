"""rq jobs that download a sample before the analysis starts."""
import hashlib
import json
import logging
import os

import requests

from drakrun.lib.config import load_config
from drakrun.web import jobs

log = logging.getLogger(__name__)
config = load_config()

SAMPLES_DIR = "/var/lib/drakrun/samples"


def _store(task_uid, body):
    os.makedirs(SAMPLES_DIR, exist_ok=True)
    digest = hashlib.sha256(body).hexdigest()
    path = os.path.join(SAMPLES_DIR, digest)
    with open(path, "wb") as fh:
        fh.write(body)
    job = jobs.load_job(task_uid)
    job["sample_path"] = path
    job["status"] = "fetched"
    jobs.redis.hset("drakrun:jobs", task_uid, json.dumps(job))
    jobs.queue.enqueue("drakrun.worker.analyze.run_analysis", task_uid)
    return path


def fetch_remote_sample(task_uid):
    job = jobs.load_job(task_uid)
    if job is None:
        log.warning("job %s vanished", task_uid)
        return None
    # expect: ssrf
    resp = requests.get(job["sample_url"], timeout=30, allow_redirects=True)
    resp.raise_for_status()
    return _store(task_uid, resp.content)


def fetch_from_mwdb(task_uid):
    job = jobs.load_job(task_uid)
    url = f"{config.mwdb.api_url}/file/{job['sha256']}/download"
    resp = requests.get(
        url,
        headers={"Authorization": f"Bearer {config.mwdb.api_key}"},
        timeout=30,
    )
    resp.raise_for_status()
    return _store(task_uid, resp.content)
