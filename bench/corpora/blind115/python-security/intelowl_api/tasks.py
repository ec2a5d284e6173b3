from celery import shared_task

from .analyzers import ANALYZERS
from .connectors import WebhookConnector
from .models import Job


@shared_task
def job_pipeline(job_id):
    job = Job.objects.get(pk=job_id)
    report = {}
    for name in job.analyzers_requested or ["Dig"]:
        analyzer_cls = ANALYZERS.get(name)
        if analyzer_cls is None:
            continue
        report[name] = analyzer_cls(job.observable_name, job.observable_classification).run()
    WebhookConnector(job.user).send(job.pk, report)
