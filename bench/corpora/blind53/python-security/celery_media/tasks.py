"""Media tasks. Arguments arrive from the web views through the broker."""
import logging
import os
import shutil
import subprocess

import requests

from .celery_app import celery

log = logging.getLogger("media.tasks")
MEDIA_ROOT = "/srv/media"
PRESETS = {"720p": "scale=-2:720", "1080p": "scale=-2:1080", "thumb": "scale=320:-2"}


@celery.task(bind=True, max_retries=3)
def transcode(self, source: str, preset: str, output_name: str):
    vf = PRESETS.get(preset, PRESETS["720p"])
    cmd = f"ffmpeg -y -i {MEDIA_ROOT}/in/{source} -vf {vf} {MEDIA_ROOT}/out/{output_name}"
    try:
        # expect: command-injection
        subprocess.run(cmd, shell=True, check=True, timeout=3600)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)


@celery.task
def transcode_argv(source: str, preset: str, output_name: str):
    vf = PRESETS.get(preset, PRESETS["720p"])
    src = os.path.join(MEDIA_ROOT, "in", os.path.basename(source))
    dst = os.path.join(MEDIA_ROOT, "out", os.path.basename(output_name))
    subprocess.run(["ffmpeg", "-y", "-i", src, "-vf", vf, dst], check=True, timeout=3600)


@celery.task
def ingest_remote(url: str, name: str):
    # expect: ssrf
    with requests.get(url, stream=True, timeout=30) as resp:
        resp.raise_for_status()
        with open(os.path.join(MEDIA_ROOT, "in", os.path.basename(name)), "wb") as fh:
            for chunk in resp.iter_content(65536):
                fh.write(chunk)


@celery.task
def archive(name: str, folder: str):
    src = os.path.join(MEDIA_ROOT, "out", name)
    dst = os.path.join(MEDIA_ROOT, "archive", folder)
    # expect: path-traversal
    shutil.move(src, dst)


@celery.task
def announce(title: str):
    # expect: log-injection
    log.info(f"published: {title}")
