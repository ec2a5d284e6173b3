"""Celery tasks that drain the data queues."""
import datetime
import gzip
import json
import os

from ichnaea.taskapp.app import celery_app

EXPORT_DIR = "/var/lib/ichnaea/export"


@celery_app.task(ignore_result=True, name="ichnaea.data.tasks.update_incoming")
def update_incoming(items):
    day = datetime.date.today().isoformat()
    by_source = {}
    for item in items:
        by_source.setdefault(item["source"], []).append(item)
    for source, batch in by_source.items():
        # expect: path-traversal
        with gzip.open(os.path.join(EXPORT_DIR, f"{source}-{day}.json.gz"), "at") as fh:
            fh.write(json.dumps(batch) + "\n")


@celery_app.task(ignore_result=True, name="ichnaea.data.tasks.export_radio")
def export_radio(items):
    day = datetime.date.today().isoformat()
    for item in items:
        with gzip.open(os.path.join(EXPORT_DIR, "radio", f"{item['radio']}-{day}.json.gz"), "at") as fh:
            fh.write(json.dumps(item) + "\n")
