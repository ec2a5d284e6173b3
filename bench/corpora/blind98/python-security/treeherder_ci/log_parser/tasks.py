"""Log parsing tasks."""
from celery import shared_task

from ..model.models import JobLog
from .utils import fetch_text, fetch_text_checked


@shared_task(name="log-parser")
def parse_logs(job_log_id, strict=False):
    job_log = JobLog.objects.select_related("job").get(id=job_log_id)
    text = fetch_text_checked(job_log.url) if strict else fetch_text(job_log.url)
    errors = [line for line in text.splitlines() if "TEST-UNEXPECTED" in line]
    job_log.status = 1 if errors else 2
    job_log.save()
    return len(errors)
