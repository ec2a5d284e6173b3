"""Flask views that queue media jobs."""
from flask import Blueprint, jsonify, request

from tasks import ingest_mirror, ingest_remote, transcode, transcode_preset, watermark

bp = Blueprint("media", __name__, url_prefix="/media")


@bp.post("/<int:upload_id>/transcode")
def queue_transcode(upload_id):
    opts = request.get_json(silent=True) or {}
    job = transcode.delay(upload_id, opts.get("preset", "480p"), opts.get("ffmpeg_args", ""))
    return jsonify(task=job.id), 202


@bp.post("/<int:upload_id>/transcode-preset")
def queue_transcode_preset(upload_id):
    opts = request.get_json(silent=True) or {}
    job = transcode_preset.delay(upload_id, opts.get("preset", "480p"))
    return jsonify(task=job.id), 202


@bp.post("/<int:upload_id>/watermark")
def queue_watermark(upload_id):
    text = request.form.get("text", "sample")
    job = watermark.apply_async(args=[upload_id, text], countdown=5)
    return jsonify(task=job.id), 202


@bp.post("/<int:upload_id>/ingest")
def queue_ingest(upload_id):
    source = request.form["source"]
    job = ingest_remote.delay(source, upload_id)
    return jsonify(task=job.id), 202


@bp.post("/<int:upload_id>/ingest-mirror")
def queue_ingest_mirror(upload_id):
    name = request.form["name"]
    job = ingest_mirror.delay(name, upload_id)
    return jsonify(task=job.id), 202
