"""Celery build task: clone, build, notify."""
import logging
import os

import requests
from celery import shared_task
from django.conf import settings

from projects.models import Project
from vcs_support.git import GitBackend
from .models import Build

log = logging.getLogger(__name__)

GITHUB_STATUS_URL = 'https://api.github.com/repos/{owner}/{repo}/statuses/{sha}'


@shared_task(queue='build')
def update_docs_task(project_id, build_id, version_slug):
    project = Project.objects.get(pk=project_id)
    build = Build.objects.get(pk=build_id)
    checkout_path = os.path.join(settings.DOCROOT, project.slug, 'checkouts', version_slug)
    backend = GitBackend(project.repo, checkout_path)
    try:
        backend.clone()
        backend.checkout(version_slug)
        build.state = 'finished'
    except RuntimeError as exc:
        build.state = 'finished'
        build.error = str(exc)
    build.save()
    send_notifications.delay(project_id=project.pk, build_id=build.pk)


@shared_task(queue='web')
def send_notifications(project_id, build_id):
    project = Project.objects.get(pk=project_id)
    build = Build.objects.get(pk=build_id)
    payload = {'name': project.name, 'slug': project.slug, 'build': {'id': build.pk, 'success': not build.error}}
    for hook in project.webhook_notifications.all():
        log.info('sending webhook %s for build %s', hook.pk, build.pk)
        try:
            # expect: ssrf
            requests.post(hook.url, json=payload, timeout=5)
        except requests.RequestException:
            log.exception('webhook %s failed', hook.pk)


@shared_task(queue='web')
def send_github_status(owner, repo, sha, state, token):
    url = GITHUB_STATUS_URL.format(owner=owner, repo=repo, sha=sha)
    requests.post(url, json={'state': state, 'context': 'docs/readthedocs.org'},
                  headers={'Authorization': f'token {token}'}, timeout=5)
