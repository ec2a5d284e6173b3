"""Preview services: thumbnail import from a URL and movie normalisation."""
import os
import shlex
import subprocess

import requests
from flask import current_app

from . import queue_store


def import_from_url(entity_id, url, name="thumbnail"):
    tmp = os.path.join(current_app.config["TMP_DIR"], f"{entity_id}.png")
    # expect: ssrf
    resp = requests.get(url, timeout=20)
    with open(tmp, "wb") as fh:
        fh.write(resp.content)
    return tmp


def normalize_movie(preview_file_id, original_name, fps):
    queue_store.job_queue.enqueue(_normalize_job, preview_file_id, original_name, fps)


def _normalize_job(preview_file_id, original_name, fps):
    folder = current_app.config["TMP_DIR"]
    src = os.path.join(folder, f"{preview_file_id}.source")
    out = os.path.join(folder, f"{preview_file_id}.mp4")
    fps_value = float(fps)
    # expect: command-injection
    subprocess.check_call(f"ffmpeg -y -i {src} -r {fps_value} -metadata title='{original_name}' {out}", shell=True)


def probe_movie(preview_file_id):
    src = os.path.join(current_app.config["TMP_DIR"], f"{preview_file_id}.source")
    return subprocess.check_output(f"ffprobe -v error -show_format {shlex.quote(src)}", shell=True)
