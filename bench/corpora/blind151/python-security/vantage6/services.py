"""Database and integration helpers used by the resources."""
import csv
import logging
import os

import requests
from sqlalchemy import text

from .models import AlgorithmStore, Organization, Task

log = logging.getLogger(__name__)

EXPORT_DIR = os.environ.get("V6_EXPORT_DIR", "/var/lib/vantage6/exports")
COMMUNITY_STORE = "https://store.cotopaxi.vantage6.ai"


def list_organizations(session, name=None, sort=None, page=1, per_page=10):
    q = session.query(Organization)
    if name:
        q = q.filter(Organization.name.like(f"%{name}%"))
    if sort:
        # expect: sql-injection
        q = q.order_by(text(sort))
    return [o.to_dict() for o in q.offset((page - 1) * per_page).limit(per_page)]


def count_tasks(session, collaboration_id):
    return session.execute(
        text("SELECT count(*) FROM task WHERE collaboration_id = :cid"), {"cid": int(collaboration_id)}
    ).scalar()


def create_task(session, name, image, collaboration_id, method):
    task = Task(name=name, image=image, collaboration_id=collaboration_id, method=method)
    session.add(task)
    session.commit()
    return task


def register_algorithm_store(session, url, server_url):
    # expect: ssrf
    resp = requests.post(f"{url}/api/vantage6-server", json={"url": server_url}, timeout=10)
    resp.raise_for_status()
    session.add(AlgorithmStore(url=url))
    session.commit()


def community_store_version():
    return requests.get(f"{COMMUNITY_STORE}/api/version", timeout=10).json()


def export_collaboration(session, collab_id, name):
    path = os.path.join(EXPORT_DIR, name)
    rows = session.query(Task).filter(Task.collaboration_id == collab_id).all()
    # expect: path-traversal
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        for task in rows:
            writer.writerow([task.id, task.name, task.image])
    return path
