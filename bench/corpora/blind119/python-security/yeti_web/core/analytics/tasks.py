"""Celery analytics tasks running one-shot analytics by name."""
from celery import Celery

from yeti_web.core.web.api.models import Observable
from yeti_web.plugins.analytics import process_url, dns

celery_app = Celery("yeti", broker="redis://redis:6379/0")
ANALYTICS = {"ProcessUrl": process_url.ProcessUrl, "ResolveHostnames": dns.ResolveHostnames}


@celery_app.task
def schedule_analytics(observable_id, modules=("ProcessUrl",)):
    obs = Observable.objects.get(id=observable_id)
    for name in modules:
        analytics = ANALYTICS.get(name)
        if analytics:
            analytics().each(obs)
