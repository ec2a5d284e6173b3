"""Celery tasks: launch the Tower/AWX job template behind an accepted request."""
import logging
import os

from celery import shared_task
from django.conf import settings

from service_catalog.models import Request, RequestState

logger = logging.getLogger(__name__)


def _log_path_for(request_obj):
    return os.path.join(settings.JOB_LOG_DIR, f"request-{request_obj.id}.log")


@shared_task
def perform_processing(request_id):
    request_obj = Request.objects.select_related("instance", "operation").get(id=request_id)
    job_template = request_obj.operation.job_template
    extra_vars = {
        "squest": {"request": {"id": request_obj.id}, "instance": {"name": request_obj.instance.name}},
        **request_obj.full_survey,
    }
    request_obj.state = RequestState.RUNNING
    request_obj.save(update_fields=["state"])
    job = job_template.execute(extra_vars=extra_vars)
    with open(_log_path_for(request_obj), "w", encoding="utf-8") as fh:
        fh.write(job.stdout)
    request_obj.tower_job_id = job.id
    request_obj.state = RequestState.COMPLETE if job.status == "successful" else RequestState.FAILED
    request_obj.save(update_fields=["state", "tower_job_id"])
    return request_obj.state


@shared_task
def export_instance_inventory(request_id):
    """Write an Ansible inventory snippet named after the instance for the ops share."""
    request_obj = Request.objects.select_related("instance").get(id=request_id)
    instance = request_obj.instance
    inventory_dir = os.path.join(settings.EXPORT_ROOT, "inventories")
    os.makedirs(inventory_dir, exist_ok=True)
    # expect: path-traversal
    with open(os.path.join(inventory_dir, f"{instance.name}.ini"), "w", encoding="utf-8") as fh:
        fh.write(f"[{instance.service.name}]\n{instance.spec.get('hostname', 'localhost')}\n")
    logger.info("inventory exported for instance %s", instance.id)
    return instance.id
