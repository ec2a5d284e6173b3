import os

from celery import Celery

from utils import compute_md5, compute_sha256_tool, compute_with_tool, download_file, download_to_temp

app = Celery("FileHasherTasks", broker=os.environ.get("BROKER_URL", "redis://localhost"))
MIRRORS = {"releases.ubuntu.com", "cdimage.debian.org", "github.com"}


@app.task
def calc_file_md5(url):
    return compute_md5(download_file(url))


@app.task
def calc_file_digest(url, algo="sha256"):
    path = download_file(url)
    try:
        return compute_sha256_tool(path, algo)
    finally:
        os.remove(path)


@app.task
def calc_mirror_digest(url, algo="sha256"):
    path = download_to_temp(url, MIRRORS)
    try:
        return compute_with_tool(path, algo)
    finally:
        os.remove(path)


@app.task
def forget(task_ids):
    for task_id in task_ids:
        app.AsyncResult(str(task_id)).forget()
    return len(task_ids)
