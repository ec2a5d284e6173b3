"""Upload and publish views; heavy work is handed to Celery."""
from flask import Blueprint, jsonify, request

from . import tasks

bp = Blueprint("media", __name__)


@bp.post("/media/<source>/transcode")
def start_transcode(source):
    body = request.get_json(force=True)
    preset = body.get("preset", "720p")
    output = body.get("output") or f"{source}.mp4"
    job = tasks.transcode.delay(source, preset, output)
    return jsonify({"task": job.id}), 202


@bp.post("/media/ingest")
def ingest():
    url = request.form["url"]
    name = request.form.get("name", "upload.bin")
    job = tasks.ingest_remote.apply_async(args=[url, name], countdown=5)
    return jsonify({"task": job.id}), 202


@bp.post("/media/<name>/archive")
def archive(name):
    folder = request.args.get("folder", "default")
    tasks.archive.apply_async((name, folder), queue="slow")
    return "", 204


@bp.post("/media/publish")
def publish():
    payload = request.get_json() or {}
    tasks.announce.s(payload.get("title", "untitled")).delay()
    return "", 204
