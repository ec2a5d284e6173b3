"""Sync tasks queued from the admin."""
from celery import shared_task

from ..base.models import Project
from . import vcs


@shared_task
def sync_project(project_pk, branch):
    project = Project.objects.get(pk=project_pk)
    if project.slug.startswith("strict-"):
        return vcs.checkout_checked(project.checkout_path, branch)
    return vcs.checkout(project.checkout_path, branch)
