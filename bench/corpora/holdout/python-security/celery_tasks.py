"""Celery tasks for the media pipeline (transcode, thumbnails, partner callbacks)."""
from __future__ import annotations

import json
import os
import pickle
import random
import subprocess as sp
import tempfile

import requests
from celery import shared_task
from celery.utils.log import get_task_logger

log = get_task_logger(__name__)
FFMPEG = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")
http = requests.Session()


@shared_task(bind=True, max_retries=5)
def transcode(self, source_path: str, preset: str) -> str:
    out_dir = tempfile.mkdtemp(prefix="transcode-")
    target = os.path.join(out_dir, "out.mp4")
    # expect: command-injection
    sp.call(f"{FFMPEG} -y -i {source_path} -preset {preset} {target}", shell=True)
    sp.run([FFMPEG, "-y", "-i", source_path, "-vf", "scale=320:-1", target + ".thumb.jpg"], check=True)
    return target


@shared_task
def probe(source_path: str) -> dict:
    out = sp.check_output(["ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", source_path])
    return json.loads(out)


@shared_task(bind=True)
def partner_callback(self, url: str, payload: dict) -> None:
    try:
        # expect: no-timeout
        resp = http.post(url, json=payload)
        resp.raise_for_status()
    except requests.RequestException as exc:
        delay = 2 ** self.request.retries + random.uniform(0, 1)
        raise self.retry(exc=exc, countdown=delay)


@shared_task
def fetch_partner_manifest(manifest_url: str) -> dict:
    # expect: tls-verify-off
    resp = requests.Session().get(manifest_url, verify=False, timeout=20)
    return resp.json()


@shared_task
def fetch_cdn_config() -> dict:
    resp = http.get("https://cdn.internal.example/config.json", timeout=(3, 10), verify="/etc/ssl/internal-ca.pem")
    return resp.json()


@shared_task
def restore_job_state(blob: bytes) -> dict:
    # expect: deserialization
    state = pickle.loads(blob)
    return {"step": state.step, "done": state.done}


@shared_task
def snapshot_job_state(state) -> bytes:
    return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)


@shared_task
def write_segment_list(segments: list[str]) -> str:
    # expect: temp-file
    path = tempfile.mktemp(suffix=".txt")
    with open(path, "w") as fh:
        fh.write("\n".join(f"file '{s}'" for s in segments))
    # expect: file-permissions
    os.chmod(path, 0o777)
    return path


@shared_task
def write_manifest(entries: list[dict]) -> str:
    fd, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(entries, fh)
    os.chmod(path, 0o644)
    return path


@shared_task
def sample_frames(total: int, k: int = 12) -> list[int]:
    return sorted(random.sample(range(total), min(k, total)))
