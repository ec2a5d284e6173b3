"""Analysis jobs: recorded in the job table and queued on rq."""
import json
import uuid

from redis import Redis
from rq import Queue

from drakrun.lib.config import load_config
from drakrun.web.analysis_files import write_metadata

config = load_config()
redis = Redis.from_url(config.redis.make_url())
queue = Queue("drakrun", connection=redis)


def _new_task(source, **fields):
    task_uid = str(uuid.uuid4())
    record = {"task_uid": task_uid, "source": source, "status": "queued", **fields}
    redis.hset("drakrun:jobs", task_uid, json.dumps(record))
    write_metadata(task_uid, json.dumps(record))
    return task_uid


def enqueue_local_sample(sample_path, timeout):
    task_uid = _new_task("upload", sample_path=sample_path, timeout=timeout)
    queue.enqueue("drakrun.worker.analyze.run_analysis", task_uid, job_timeout=timeout + 300)
    return task_uid


def enqueue_remote_sample(sample_url, timeout):
    task_uid = _new_task("url", sample_url=sample_url, timeout=timeout)
    queue.enqueue("drakrun.worker.fetch_sample.fetch_remote_sample", task_uid)
    return task_uid


def enqueue_mwdb_sample(sha256):
    task_uid = _new_task("mwdb", sha256=sha256, timeout=600)
    queue.enqueue("drakrun.worker.fetch_sample.fetch_from_mwdb", task_uid)
    return task_uid


def load_job(task_uid):
    raw = redis.hget("drakrun:jobs", task_uid)
    return json.loads(raw) if raw else None


def job_status(task_uid):
    job = load_job(task_uid)
    if job is None:
        return {"status": "unknown"}
    return {"status": job["status"], "source": job["source"]}
