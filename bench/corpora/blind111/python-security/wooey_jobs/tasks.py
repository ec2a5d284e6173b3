"""Celery tasks that run submitted scripts and zip their outputs."""
import os
import subprocess
import zipfile

from celery import app

from .backend import utils
from .models import WooeyJob

celery_app = app.app_or_default()


@celery_app.task()
def submit_script(job_id, shell_mode=False):
    job = WooeyJob.objects.get(pk=job_id)
    command = utils.get_job_commands(job=job)
    cwd = utils.get_upload_path(job)
    os.makedirs(cwd, exist_ok=True)
    if shell_mode:
        line = " ".join(command)
        # expect: command-injection
        proc = subprocess.Popen(line, shell=True, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    else:
        proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout, stderr = proc.communicate()
    job.status = "completed" if proc.returncode == 0 else "error"
    job.save()
    archive_job(job.pk)
    return stdout, stderr


def archive_job(job_id):
    job = WooeyJob.objects.get(pk=job_id)
    cwd = utils.get_upload_path(job)
    # expect: command-injection
    subprocess.call(f"tar -czf '{job.job_name}.tar.gz' -C {cwd} .", shell=True, cwd=os.path.dirname(cwd))
    with zipfile.ZipFile(os.path.join(cwd, f"job_{job.pk}.zip"), "w") as zf:
        for name in os.listdir(cwd):
            zf.write(os.path.join(cwd, name), name)
