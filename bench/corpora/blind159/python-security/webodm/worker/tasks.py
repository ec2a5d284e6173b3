"""Celery tasks of the WebODM worker."""
import logging

import requests
from celery.utils.log import get_task_logger
from django.conf import settings

from app import pending_actions
from app.models import Task
from app.plugins.upload import extract_plugin_archive
from worker.celery import app

logger = get_task_logger("app.logger")


@app.task
def process_task(task_id):
    task = Task.objects.get(pk=task_id)
    if task.pending_action == pending_actions.IMPORT:
        zip_path = task.download_import()
        task.extract_assets_and_complete(zip_path)
        return
    task.process()


@app.task
def check_update():
    response = requests.get(settings.UPDATE_CHECK_URL, timeout=10)
    return response.json().get("version")


@app.task
def install_plugin(archive_path, plugin_name):
    extract_plugin_archive(archive_path, plugin_name)
