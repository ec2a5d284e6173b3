import os
import uuid

from flask import Flask, abort, jsonify, render_template, render_template_string, request, send_file, send_from_directory
from redis import Redis
from rq import Queue
from werkzeug.utils import secure_filename

from flask_app.src.scripter import main as build_video
from flask_app.src.storage import OUTPUT_DIR, UPLOAD_DIR, job_status

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024
redis_conn = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
queue = Queue("default", connection=redis_conn)

VOICES = {"en-us", "en-gb", "de", "fr"}


@app.route("/")
def index():
    return render_template("index.html", voices=sorted(VOICES))


def _voice():
    voice = request.form.get("voice", "en-us")
    return voice if voice in VOICES else "en-us"


@app.route("/upload", methods=["POST"])
def upload():
    pdf = request.files.get("slides")
    if pdf is None or not pdf.filename.lower().endswith(".pdf"):
        return jsonify(error="a PDF is required"), 400
    job_id = uuid.uuid4().hex
    job_dir = os.path.join(UPLOAD_DIR, job_id)
    os.makedirs(job_dir, exist_ok=True)
    # the original name is kept so the slide titles in the video match the deck
    pdf_path = os.path.join(job_dir, pdf.filename)
    # expect: path-traversal
    pdf.save(pdf_path)
    queue.enqueue(build_video, job_id, pdf_path, _voice(), job_timeout=1800)
    return jsonify(job=job_id), 202


@app.route("/v2/upload", methods=["POST"])
def upload_v2():
    pdf = request.files.get("slides")
    if pdf is None or not pdf.filename.lower().endswith(".pdf"):
        return jsonify(error="a PDF is required"), 400
    job_id = uuid.uuid4().hex
    job_dir = os.path.join(UPLOAD_DIR, job_id)
    os.makedirs(job_dir, exist_ok=True)
    pdf_path = os.path.join(job_dir, secure_filename(pdf.filename) or "deck.pdf")
    pdf.save(pdf_path)
    queue.enqueue(build_video, job_id, pdf_path, _voice(), job_timeout=1800)
    return jsonify(job=job_id), 202


@app.route("/status/<job_id>")
def status(job_id):
    state = job_status(redis_conn, job_id)
    # expect: code-injection
    return render_template_string(f"<p>Job {job_id}: {state}</p><a href='/'>back</a>")


@app.route("/status/<job_id>/safe")
def status_safe(job_id):
    state = job_status(redis_conn, job_id)
    return render_template_string("<p>Job {{ job }}: {{ state }}</p>", job=job_id, state=state)


@app.route("/result")
def result():
    name = request.args.get("file", "")
    # expect: path-traversal
    return send_file(os.path.join(OUTPUT_DIR, name), as_attachment=True)


@app.route("/result/<job_id>")
def result_by_job(job_id):
    try:
        uuid.UUID(job_id)
    except ValueError:
        abort(404)
    return send_from_directory(OUTPUT_DIR, f"{job_id}.mp4", as_attachment=True)
