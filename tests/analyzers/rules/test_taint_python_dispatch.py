"""A view that hands request data to a task queue (Celery's `delay`, `apply_async` and signatures,
Dramatiq's `send`/`send_with_options`, RQ's `enqueue`, FastAPI's background tasks, Flagsmith's task
processor's `delay(args=..., kwargs=...)`) reaches the
task's parameters as a direct call's would: the task's own sink is reported in its module, where
the worker runs it with those arguments (issue 31). A task handed constants or cleaned values stays
quiet, and so does one the queue is given nothing for."""

from __future__ import annotations

from test_taint_modules import check, repository

CELERY_TASKS = '''import os
import shutil
import subprocess

import requests

from .worker import celery

MEDIA = "/srv/media"


@celery.task(bind=True, max_retries=3)
def transcode(self, source, preset):
    subprocess.run(f"ffmpeg -i {MEDIA}/in/{source} -preset {preset} out.mp4", shell=True, check=True)


@celery.task
def ingest(url, name):
    with requests.get(url, stream=True, timeout=30) as resp:
        resp.raise_for_status()


@celery.task
def archive(name, folder):
    shutil.move(os.path.join(MEDIA, "out", name), os.path.join(MEDIA, "archive", folder))


@celery.task
def announce(title):
    subprocess.run("notify-send " + title, shell=True)


@celery.task()
def export(discussion_id, filename):
    with open(os.path.join(MEDIA, "exports", filename), "w") as out:
        out.write(str(discussion_id))
'''

CELERY_VIEWS = '''from flask import Blueprint, jsonify, request

from . import tasks

bp = Blueprint("media", __name__)


@bp.post("/media/<source>/transcode")
def start_transcode(source):
    job = tasks.transcode.delay(source, request.form.get("preset", "fast"))
    return jsonify({"task": job.id}), 202


@bp.post("/media/ingest")
def start_ingest():
    job = tasks.ingest.apply_async(args=[request.form["url"], "upload.bin"], countdown=5)
    return jsonify({"task": job.id}), 202


@bp.post("/media/<name>/archive")
def start_archive(name):
    tasks.archive.apply_async((name, request.args.get("folder", "default")), queue="slow")
    return "", 204


@bp.post("/publish")
def publish():
    tasks.announce.s("weekly digest").delay()
    return "", 204


@bp.post("/digest")
def digest():
    tasks.announce.delay(request.form.get("weekly") == "1")
    return "", 204


@bp.post("/discussions/<int:discussion_id>/export")
def start_export(discussion_id):
    tasks.export.delay(discussion_id, filename=request.form.get("filename") or "export.csv")
    return "", 202
'''


def test_celery_tasks_take_the_request_data_their_views_hand_over(tmp_path):
    root = repository(tmp_path / "media", {"media/__init__.py": "", "media/worker.py": "celery = None\n",
                                           "media/tasks.py": CELERY_TASKS, "media/views.py": CELERY_VIEWS})
    assert check(root, "media/tasks.py") == {
        (14, "python/security/tainted-command"),  # delay(source, ...): a bound task's `self` is no argument
        (19, "python/security/tainted-ssrf"),  # apply_async(args=[url, ...])
        (25, "python/security/tainted-path"),  # apply_async((name, folder))
        (35, "python/security/tainted-path"),  # delay(discussion_id, filename=...): a keyword the task takes
    }  # (announce is handed a constant through its signature, and a truth value through delay)


RQ_JOBS = '''import sqlite3
import subprocess

from lxml import etree


def export_table(where, out_name):
    return sqlite3.connect("/srv/app.db").execute("SELECT id FROM users WHERE " + where).fetchall()


def compress(out_name, level):
    subprocess.call("gzip -" + str(level) + " /srv/exports/" + out_name, shell=True)


def import_mapping(xml_text):
    return etree.fromstring(xml_text.encode(), parser=etree.XMLParser(resolve_entities=True))
'''

ACTORS = '''import dramatiq
import requests


@dramatiq.actor(max_retries=5)
def post_webhook(url, payload):
    requests.post(url, json=payload, timeout=10)


@dramatiq.actor
def evaluate_rule(rule, context):
    exec(rule, {}, context)
'''

API = '''from fastapi import BackgroundTasks, FastAPI, Form, Request
from pydantic import BaseModel
from redis import Redis
from rq import Queue

from . import actors, jobs

app = FastAPI()
queue = Queue("exports", connection=Redis())


class ExportBody(BaseModel):
    where: str
    level: int = 6


@app.post("/exports")
def create_export(body: ExportBody):
    job = queue.enqueue(jobs.export_table, body.where, "users.csv")
    queue.enqueue(jobs.compress, "users.csv", 6, depends_on=job)
    return {"job": job.id}


@app.post("/mappings")
async def upload_mapping(request: Request, background_tasks: BackgroundTasks):
    background_tasks.add_task(jobs.import_mapping, (await request.body()).decode())
    return {"queued": True}


@app.post("/webhooks/test")
def test_webhook(url: str = Form(...)):
    actors.post_webhook.send(url, {"event": "test"})
    return {"queued": True}


@app.post("/rules/run")
def run_rule(rule: str = Form(...)):
    actors.evaluate_rule.send_with_options(args=(rule, {}), delay=1000)
    return {"queued": True}
'''


def test_rq_dramatiq_and_background_jobs_take_the_request_data_their_endpoints_hand_over(tmp_path):
    root = repository(tmp_path / "jobs", {"app/__init__.py": "", "app/jobs.py": RQ_JOBS,
                                          "app/actors.py": ACTORS, "app/api.py": API})
    assert check(root, "app/jobs.py") == {
        (8, "python/security/tainted-sql"),  # queue.enqueue(jobs.export_table, body.where, ...)
        (16, "python/security/tainted-xxe"),  # background_tasks.add_task(jobs.import_mapping, body)
    }  # (compress is handed constants)
    assert check(root, "app/actors.py") == {
        (7, "python/security/tainted-ssrf"),  # post_webhook.send(url, ...)
        (12, "python/security/tainted-code"),  # send_with_options(args=(rule, {}))
    }


WORKERS = '''import shutil
import subprocess

import requests


def mirror(source_url, dest):
    return requests.get(source_url, timeout=30).content


def rotate(log_name, keep):
    subprocess.run(f"logrotate -n {keep} /var/log/app/{log_name}", shell=True, check=True)


def restore(backup, target):
    shutil.copytree("/srv/backups/" + backup, "/srv/restore/" + target)


def notify(channel, text):
    subprocess.run(["notify", channel, text], check=True)
'''

STARTERS = '''import multiprocessing
import threading

from django.http import JsonResponse
from django_rq import get_queue

from . import workers


def start_mirror(request):
    get_queue("low").enqueue_call(func=workers.mirror, args=(request.POST["source"], "/srv/mirror"), timeout=600)
    return JsonResponse({"queued": True})


def start_rotate(request):
    threading.Thread(target=workers.rotate, kwargs={"log_name": request.GET["log"], "keep": 7}, daemon=True).start()
    return JsonResponse({"started": True})


def start_restore(request):
    worker = multiprocessing.Process(target=workers.restore, args=["nightly", request.POST.get("target", "main")])
    worker.start()
    return JsonResponse({"pid": worker.pid})


def start_notify(request):
    threading.Thread(target=workers.notify, kwargs={"channel": "ops", "text": "rotation done"}).start()
    get_queue("low").enqueue_call(func=workers.rotate, args=("app.log", 3))
    return JsonResponse({"ok": True})
'''


def test_a_function_named_by_a_keyword_takes_the_arguments_packed_for_it(tmp_path):
    """RQ's `enqueue_call(func=..., args=(...))`, `threading.Thread(target=..., kwargs={...})` and
    `multiprocessing.Process(target=..., args=[...])` run the function with what they pack for it."""
    root = repository(tmp_path / "ops", {"ops/__init__.py": "", "ops/workers.py": WORKERS,
                                         "ops/starters.py": STARTERS})
    assert check(root, "ops/workers.py") == {
        (8, "python/security/tainted-ssrf"),  # enqueue_call(func=workers.mirror, args=(source, ...))
        (12, "python/security/tainted-command"),  # Thread(target=workers.rotate, kwargs={"log_name": ...})
        (16, "python/security/tainted-path"),  # Process(target=workers.restore, args=[..., target])
    }  # (notify is handed constants, and so is the second rotate)


PROCESSOR_TASKS = '''import json
import os

import requests
from task_processor.decorators import register_task_handler

EXPORTS = "/var/lib/app/exports"


@register_task_handler()
def send_test_request(url, secret=""):
    requests.post(url, data=json.dumps({"event": "TEST"}), timeout=10)


@register_task_handler()
def import_organisation(organisation_id, file_name):
    with open(os.path.join(EXPORTS, file_name)) as fh:
        return json.load(fh)


@register_task_handler()
def export_organisation(organisation_id, file_name):
    with open(os.path.join(EXPORTS, file_name), "w") as fh:
        json.dump({"id": organisation_id}, fh)
'''

PROCESSOR_VIEWS = '''import uuid

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .tasks import export_organisation, import_organisation, send_test_request


@api_view(["POST"])
def test_webhook(request):
    send_test_request.delay(kwargs={"url": request.data["url"], "secret": ""})
    return Response(status=202)


@api_view(["POST"])
def create_import(request, organisation_id):
    options = {"file_name": request.data.get("file_name"), "organisation_id": int(organisation_id)}
    import_organisation.delay(kwargs=options)
    return Response(status=202)


@api_view(["POST"])
def create_export(request, organisation_id):
    export_organisation.delay(args=(int(organisation_id), f"{uuid.uuid4().hex}.json"))
    return Response(status=202)
'''


def test_a_task_processors_delay_runs_the_task_with_the_arguments_packed_for_it(tmp_path):
    """Flagsmith's task processor (and rearq) take a task's arguments in `delay(args=(...), kwargs={...})`;
    a dict built just before the call (`kwargs=options`) is read where it is built."""
    root = repository(tmp_path / "flags", {"flags/__init__.py": "", "flags/tasks.py": PROCESSOR_TASKS,
                                           "flags/views.py": PROCESSOR_VIEWS})
    assert check(root, "flags/tasks.py") == {
        (12, "python/security/tainted-ssrf"),  # delay(kwargs={"url": request.data["url"], ...})
        (17, "python/security/tainted-path"),  # delay(kwargs=options), options built from request.data
    }  # (the export is handed a number and a fresh name)


IMAGE_TASKS = '''import requests


def import_image(barcode, image_url):
    return requests.get(image_url, timeout=20).status_code


def refresh_product(barcode, image_id):
    return requests.get(f"https://images.example.org/{barcode}/{int(image_id)}.jpg", timeout=20).status_code


def mirror(source_url):
    return requests.get(source_url, timeout=20).content
'''

IMAGE_QUEUES = '''from redis import Redis
from rq import Queue

high = Queue("robotoff-high", connection=Redis())


def enqueue_job(func, job_kwargs, queue=None):
    return (queue or high).enqueue(func, job_timeout=300, **job_kwargs)
'''

IMAGE_API = '''from fastapi import BackgroundTasks, FastAPI, Form

from .queues import enqueue_job
from .tasks import import_image, mirror, refresh_product

app = FastAPI()


@app.post("/images")
def import_one(barcode: str = Form(...), image_url: str = Form(...)):
    enqueue_job(import_image, job_kwargs={"barcode": barcode, "image_url": image_url})
    enqueue_job(refresh_product, job_kwargs={"barcode": barcode, "image_id": image_url})
    return {"status": "scheduled"}


@app.post("/mirror")
def mirror_one(background_tasks: BackgroundTasks, source: str = Form(...)):
    background_tasks.add_task(mirror, source)
    return {"status": "scheduled"}
'''


def test_a_task_imported_by_name_and_handed_to_a_queue_takes_the_arguments_packed_for_it(tmp_path):
    """A function imported by its name and handed over bare (`background_tasks.add_task(mirror, source)`,
    Robotoff's wrapper `enqueue_job(import_image, job_kwargs={...})`) is the task the queue runs with what
    the call hands over, its keyword arguments packed in a `job_kwargs=` dict too."""
    root = repository(tmp_path / "images", {"images/__init__.py": "", "images/tasks.py": IMAGE_TASKS,
                                            "images/queues.py": IMAGE_QUEUES, "images/api.py": IMAGE_API})
    assert check(root, "images/tasks.py") == {
        (5, "python/security/tainted-ssrf"),  # enqueue_job(import_image, job_kwargs={..., "image_url": image_url})
        (13, "python/security/tainted-ssrf"),  # add_task(mirror, source)
    }  # (refresh_product casts the id it is handed)


TODO_PREVIEWS = '''import httpx


async def fetch_preview(username, url):
    async with httpx.AsyncClient(timeout=5) as client:
        return (await client.get(url)).text


async def fetch_icon(username, size):
    async with httpx.AsyncClient(timeout=5) as client:
        return (await client.get("https://icons.example.org/%d.png" % size)).content
'''
TODO_APP = '''import quart

from .previews import fetch_icon, fetch_preview

app = quart.Quart(__name__)


@app.post("/todos/<string:username>")
async def add_todo(username):
    body = await quart.request.get_json(force=True)
    app.add_background_task(fetch_preview, username, body["todo"])
    app.add_background_task(fetch_icon, username, int(body["size"]))
    return quart.Response(response="OK", status=200)
'''


def test_a_quart_background_task_takes_the_arguments_the_handler_hands_it(tmp_path):
    """Quart's `app.add_background_task(fetch_preview, username, todo)` runs the function with the
    arguments after it, as a direct call would."""
    root = repository(tmp_path / "todo", {"todo/__init__.py": "", "todo/previews.py": TODO_PREVIEWS, "todo/main.py": TODO_APP})
    assert check(root, "todo/previews.py") == {(6, "python/security/tainted-ssrf")}  # (the icon's size is a number)
