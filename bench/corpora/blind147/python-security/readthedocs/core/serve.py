"""Serve built documentation and downloads from the local media root."""
import logging
import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.utils._os import safe_join

from projects.models import Project

log = logging.getLogger(__name__)


def _project_root(project_slug):
    project = Project.objects.filter(slug=project_slug).first()
    if project is None:
        raise Http404('project not found')
    return os.path.join(settings.MEDIA_ROOT, 'html', project.slug)


def serve_docs(request, project_slug, version_slug, filename='index.html'):
    root = _project_root(project_slug)
    try:
        path = safe_join(root, version_slug, filename)
    except Exception:
        raise Http404('bad path')
    if not os.path.exists(path):
        raise Http404('not found')
    content_type, _ = mimetypes.guess_type(path)
    return FileResponse(open(path, 'rb'), content_type=content_type or 'text/html')


def serve_download(request, project_slug, type_, version_slug):
    root = os.path.join(settings.MEDIA_ROOT, type_, project_slug)
    path = os.path.join(root, f'{project_slug}-{version_slug}.{type_}')
    if not os.path.exists(path):
        raise Http404('not found')
    log.info('download %s', path)
    # expect: path-traversal
    return FileResponse(open(path, 'rb'), as_attachment=True)
