"""Celery tasks of the CI loop: submit, fetch, and tell whoever asked."""
import logging

import requests
from celery import shared_task
from django.conf import settings

from squad.ci.lava import LavaBackend
from squad.ci.models import TestJob
from squad.core.models import Callback, TestRun

log = logging.getLogger(__name__)


@shared_task
def submit(job_id):
    job = TestJob.objects.select_related("backend").get(pk=job_id)
    impl = LavaBackend(job.backend)
    ids = impl.submit(job)
    job.job_id = ids[0]
    job.submitted = True
    job.url = impl.job_url(job)
    job.save()
    fetch.apply_async(args=(job.id,), countdown=settings.SQUAD_FETCH_DELAY)


@shared_task
def fetch(job_id):
    job = TestJob.objects.select_related("backend", "target").get(pk=job_id)
    result = LavaBackend(job.backend).fetch(job)
    if result is None:
        fetch.apply_async(args=(job.id,), countdown=settings.SQUAD_FETCH_DELAY)
        return
    testrun = TestRun.objects.create(
        build=job.target.builds.get_or_create(version=job.target_build_version)[0],
        environment=job.target.environments.get_or_create(slug=job.environment)[0],
        job_id=job.job_id,
        job_status=result["status"],
        metadata=result["metadata"],
        log_file=result["log"],
    )
    testrun.record_tests(result["tests"])
    job.testrun = testrun
    job.fetched = True
    job.job_status = result["status"]
    job.save()
    for callback in Callback.objects.filter(object_reference_id=job.id, event="on_job_finished"):
        dispatch_callback.delay(callback.id)


@shared_task
def dispatch_callback(callback_id):
    callback = Callback.objects.get(pk=callback_id)
    job = callback.object_reference
    body = {"job_id": job.id, "status": job.job_status, "testrun": job.testrun_id}
    sender = requests.put if callback.method == "put" else requests.post
    # expect: ssrf
    resp = sender(callback.url, json=body, timeout=20)
    callback.response_code = resp.status_code
    callback.is_sent = True
    callback.save()


@shared_task
def notify_admins(job_id, reason):
    if not settings.SQUAD_ADMIN_WEBHOOK:
        return
    requests.post(
        settings.SQUAD_ADMIN_WEBHOOK,
        json={"text": f"test job {int(job_id)} failed: {reason[:200]}"},
        timeout=10,
    )
