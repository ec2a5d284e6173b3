"""Background tasks of the media service."""
import logging
import os
import subprocess
import urllib.request

from celery_app import celery
from convert import transcode_argv, transcode_line, watermark_line

log = logging.getLogger("media.tasks")
WORK_DIR = "/srv/media/work"


@celery.task(bind=True, max_retries=3)
def transcode(self, upload_id, preset, extra_args=""):
    src = os.path.join(WORK_DIR, f"{int(upload_id)}.src")
    dst = os.path.join(WORK_DIR, f"{int(upload_id)}.mp4")
    cmd = transcode_line(src, dst, extra_args)
    try:
        # expect: command-injection
        subprocess.run(cmd, shell=True, check=True, timeout=3600)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)
    return dst


@celery.task
def transcode_preset(upload_id, preset):
    src = os.path.join(WORK_DIR, f"{int(upload_id)}.src")
    dst = os.path.join(WORK_DIR, f"{int(upload_id)}.mp4")
    subprocess.run(transcode_argv(src, dst, preset), check=True, timeout=3600)
    return dst


@celery.task
def watermark(upload_id, text):
    src = os.path.join(WORK_DIR, f"{int(upload_id)}.mp4")
    dst = os.path.join(WORK_DIR, f"{int(upload_id)}.wm.mp4")
    subprocess.run(watermark_line(src, dst, text), shell=True, check=True, timeout=3600)
    return dst


@celery.task
def ingest_remote(url, upload_id):
    dst = os.path.join(WORK_DIR, f"{int(upload_id)}.src")
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=30) as resp, open(dst, "wb") as out:
        out.write(resp.read())
    return dst


@celery.task
def ingest_mirror(name, upload_id):
    dst = os.path.join(WORK_DIR, f"{int(upload_id)}.src")
    url = "https://mirror.media.example.com/incoming/" + urllib.request.quote(name, safe="")
    with urllib.request.urlopen(url, timeout=30) as resp, open(dst, "wb") as out:
        out.write(resp.read())
    return dst
