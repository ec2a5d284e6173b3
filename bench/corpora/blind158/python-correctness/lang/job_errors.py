"""Error handling for the batch job runner."""
import logging

log = logging.getLogger(__name__)


class JobError(Exception):
    """Base class for job failures."""


class RetryableJobError(JobError):
    def __init__(self, job_id, attempts):
        super().__init__(f"job {job_id} failed after {attempts} attempts")
        self.job_id = job_id
        self.attempts = attempts


class JobStatus:
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail


def check_payload(job):
    if "id" not in job:
        raise ValueError("job without id")
    if not job.get("steps"):
        # expect: raise-non-exception
        raise "job %s has no steps" % job["id"]
    return job["steps"]


def run_step(job_id, step, attempt):
    try:
        return step()
    except TimeoutError:
        if attempt >= 3:
            raise RetryableJobError(job_id, attempt)
        raise


def finish(job_id, result):
    if result is None:
        # expect: raise-non-exception
        raise JobStatus(500, f"job {job_id} returned nothing")
    if isinstance(result, dict) and result.get("error"):
        # expect: raise-non-exception
        raise {"job": job_id, "error": result["error"]}
    log.info("job %s done", job_id)
    return result


def cancel(job_id):
    raise JobError(f"job {job_id} cancelled")
