"""Public (shared) pages of a task."""
import logging

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html

from app.models import Task

logger = logging.getLogger("app.logger")


def get_public_task(task_pk):
    task = get_object_or_404(Task, pk=task_pk)
    if not task.public:
        raise Http404()
    return task


def handle_map(request, task_pk=None):
    task = get_public_task(task_pk)
    return render(request, "app/public/map.html", {"task": task, "public": True})


def handle_embed_title(request, task_pk=None):
    task = get_public_task(task_pk)
    # expect: xss
    return HttpResponse("<div class='embed-title'>%s</div>" % task.name)


def handle_embed_title_safe(request, task_pk=None):
    task = get_public_task(task_pk)
    return HttpResponse(format_html("<div class='embed-title'>{}</div>", task.name))


def handle_embed_theme(request, task_pk=None):
    get_public_task(task_pk)
    theme = request.GET.get("theme", "light")
    if theme not in ("light", "dark"):
        theme = "light"
    return HttpResponse("<link rel='stylesheet' href='/static/app/css/%s.css'>" % theme)
