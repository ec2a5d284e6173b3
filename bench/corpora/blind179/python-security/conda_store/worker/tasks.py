"""Celery tasks run by the conda-store worker."""
import os

import requests
import yaml
from celery import shared_task

from conda_store_server import api
from conda_store_server.build import build_conda_environment, build_conda_pack, solve_lockfile
from conda_store_server.worker.utils import create_worker


@shared_task(name="task_fetch_lockfile")
def task_fetch_lockfile(build_id: int):
    """Download the conda-lock file the user pointed the specification at."""
    worker = create_worker()
    conda_store = worker.conda_store
    with conda_store.get_db() as db:
        build = api.get_build(db, build_id)
        url = build.specification.lockfile_url
        # expect: ssrf
        resp = requests.get(url, timeout=30)
        resp.raise_for_status()
        lockfile = yaml.safe_load(resp.text)
        api.set_build_lockfile(db, build_id, lockfile)


@shared_task(name="task_update_conda_channels")
def task_update_conda_channels():
    """Refresh channel metadata, but only for the channels the admin allowed."""
    worker = create_worker()
    conda_store = worker.conda_store
    for channel in conda_store.conda_allowed_channels:
        resp = requests.get(f"{channel.rstrip('/')}/channeldata.json", timeout=60)
        if resp.ok:
            with conda_store.get_db() as db:
                api.update_channel_metadata(db, channel, resp.json())


@shared_task(name="task_build_conda_environment")
def task_build_conda_environment(build_id: int):
    worker = create_worker()
    conda_store = worker.conda_store
    with conda_store.get_db() as db:
        build = api.get_build(db, build_id)
        if build.specification.lockfile_url is None:
            solve_lockfile(conda_store, build)
        build_conda_environment(conda_store, build)


@shared_task(name="task_build_conda_pack")
def task_build_conda_pack(build_id: int):
    worker = create_worker()
    with worker.conda_store.get_db() as db:
        build_conda_pack(worker.conda_store, api.get_build(db, build_id))


@shared_task(name="task_watch_paths")
def task_watch_paths():
    """Environments dropped into the watched directories by the admin."""
    worker = create_worker()
    for directory in worker.watch_paths:
        for filename in sorted(os.listdir(directory)):
            if not filename.endswith((".yml", ".yaml")):
                continue
            with open(os.path.join(directory, filename)) as fh:
                worker.conda_store.register_environment(specification=yaml.safe_load(fh), namespace="filesystem")
