"""A view that hands request data to a worker by the task's name as a string (SAQ's and RQ's
`queue.enqueue("fetch_avatar", ...)`, arq's `enqueue_job("download", ...)`, Celery's
`send_task("proj.tasks.fetch", args=[...])`) reaches the task's parameters as a call of the
function would: its sink is reported in the task's module (issue 31). A task handed a constant or
a number, a name no module defines, or a name two modules' tasks share stays quiet."""

from __future__ import annotations

from test_taint_modules import check, repository

JOBS = '''import sqlite3
import subprocess

import httpx
import requests


async def fetch_avatar(ctx, *, team_id, avatar_url):
    async with httpx.AsyncClient(timeout=15) as client:
        return await client.get(avatar_url)


async def download(ctx, url, name):
    return requests.get(url, timeout=30).content


async def mirror(ctx, url):
    return requests.get(url, timeout=30).content


async def purge(ctx, days):
    subprocess.run(f"find /srv/cache -mtime +{days} -delete", shell=True, check=True)


def export_table(where):
    return sqlite3.connect("/srv/app.db").execute("SELECT id FROM users WHERE " + where).fetchall()


def rebuild(target):
    subprocess.run("make " + target, shell=True, check=True)
'''

CELERY_TASKS = '''import subprocess

import requests

from .worker import app


@app.task(bind=True, max_retries=3)
def fetch(self, url):
    return requests.get(url, timeout=30).text


@app.task(name="reports.render")
def render_report(template):
    subprocess.run("render " + template, shell=True)


@app.task
def refresh(feed_url):
    return requests.get(feed_url, timeout=30).text
'''

FEEDS = '''import requests

from .worker import app


@app.task
def refresh(feed_url):
    return requests.get(feed_url, timeout=30).text
'''

VIEWS = '''from flask import Flask, request
from redis import Redis
from rq import Queue

from .worker import app as celery_app, queue, redis

web = Flask(__name__)
rq = Queue("default", connection=Redis())


@web.post("/teams")
async def create_team():
    await queue.enqueue("fetch_avatar", team_id="t1", avatar_url=request.form["avatar_url"])
    return "", 202


@web.post("/downloads")
async def start_download():
    await redis.enqueue_job("download", request.form["url"], "out.bin", _job_id="d1")
    await redis.enqueue_job("mirror", "https://mirror.example.com/index.json")
    await redis.enqueue_job("purge", int(request.form["days"]))
    return "", 202


@web.post("/exports")
def start_export():
    rq.enqueue("proj.jobs.export_table", request.args["where"], job_timeout=600)
    rq.enqueue("proj.jobs.rebuild_all", request.args["target"])
    rq.enqueue("rebuild", request.args["target"])
    return "", 202


@web.post("/fetch")
def start_fetch():
    celery_app.send_task("proj.tasks.fetch", args=[request.form["url"]], countdown=5)
    celery_app.send_task("reports.render", kwargs={"template": request.form["template"]})
    celery_app.send_task("refresh", args=[request.form["feed"]])
    return "", 202
'''


def _workspace(tmp_path):
    return repository(tmp_path / "proj", {
        "proj/__init__.py": "", "proj/worker.py": "app = queue = redis = None\n", "proj/jobs.py": JOBS,
        "proj/tasks.py": CELERY_TASKS, "proj/feeds.py": FEEDS, "proj/views.py": VIEWS})


def test_tasks_named_by_a_string_take_the_request_data_their_views_hand_over(tmp_path):
    root = _workspace(tmp_path)
    assert check(root, "proj/jobs.py") == {
        (10, "python/security/tainted-ssrf"),  # enqueue("fetch_avatar", avatar_url=...): a keyword of a `ctx` job
        (14, "python/security/tainted-ssrf"),  # enqueue_job("download", url, ...): past the worker's `ctx`
        (26, "python/security/tainted-sql"),  # enqueue("proj.jobs.export_table", where): RQ's dotted path
    }  # (mirror is handed a constant, purge a number; rebuild is named bare but is no task, rebuild_all is none)
    assert check(root, "proj/tasks.py") == {
        (10, "python/security/tainted-ssrf"),  # send_task("proj.tasks.fetch", args=[url]): a bound task's `self`
        (15, "python/security/tainted-command"),  # send_task("reports.render", kwargs=...): the task's own name
    }  # (refresh: feeds.py has a task of that name too, so the bare name says neither)
    assert check(root, "proj/feeds.py") == set()


def test_a_task_named_by_no_view_is_fed_nothing(tmp_path):
    root = _workspace(tmp_path)
    (root / "proj/views.py").write_text(VIEWS.replace('"fetch_avatar"', '"fetch_logo"').replace('"download"', "download"))
    assert check(root, "proj/jobs.py") == {(26, "python/security/tainted-sql")}


def test_a_bare_name_one_module_alone_defines_names_its_task(tmp_path):
    root = _workspace(tmp_path)
    (root / "proj/feeds.py").write_text(FEEDS.replace("@app.task\n", ""))  # (a plain function: no task of that name)
    assert (20, "python/security/tainted-ssrf") in check(root, "proj/tasks.py")  # send_task("refresh", args=[feed])
