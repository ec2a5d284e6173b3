"""Job creation and command building, called from the submit views."""
import os

from django.conf import settings

from ..models import ScriptParameters, ScriptVersion, WooeyJob


def create_wooey_job(user=None, script_version_pk=None, data=None):
    script_version = ScriptVersion.objects.get(pk=script_version_pk)
    job = WooeyJob.objects.create(
        job_name=data["job_name"],
        job_description=data.get("job_description") or "",
        script_version=script_version,
    )
    for param, value in (data.get("parameters") or {}).items():
        ScriptParameters.objects.create(job=job, short_param=param, value=value)
    return job


def get_job_commands(job):
    com = ["python", job.script_version.script_path.path]
    for param in job.get_parameters():
        com.extend([param.short_param, param.value])
    return com


def get_upload_path(job):
    return os.path.join(settings.WOOEY_FILE_DIR, f"wooey_job_{job.pk}")
