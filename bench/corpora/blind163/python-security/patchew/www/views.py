"""Web views: series list, series detail, and the maintainer's download queues."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import get_valid_filename

from api.models import Message, Project
from api.search import SearchEngine

QUEUE_DIR = os.path.join(settings.DATA_DIR, "queues")


def prepare_series(series):
    return {
        "subject": series.subject,
        "link": format_html('<a href="/{}/{}/">{}</a>', series.project.name, series.message_id, series.subject),
        "sender": format_html("<span class='sender'>{}</span>", series.get_sender_name()),
    }


def view_search(request):
    terms = request.GET.get("q", "").split()
    series = SearchEngine(terms, request.user).search_series()[:50]
    return render(request, "series-list.html", {"series": [prepare_series(s) for s in series],
                                                "search": " ".join(terms)})


def view_series_detail(request, project, message_id):
    series = Message.objects.find_series(message_id, project)
    if not series:
        raise Http404("Series not found")
    # expect: xss
    title = mark_safe(f"<h2 class='series-title'>{series.subject}</h2>")
    badge = mark_safe("<span class='badge'>merged</span>") if series.is_merged else ""
    return render(request, "series-detail.html", {"title": title, "badge": badge, "series": series})


def view_project_logo(request, project):
    proj = Project.objects.filter(name=project).first()
    if proj is None or not proj.logo:
        raise Http404()
    return HttpResponse(proj.logo.read(), content_type="image/png")


def view_queue_mbox(request):
    """Download one of the logged-in maintainer's queues as an mbox file."""
    name = request.GET.get("queue", "default")
    path = os.path.join(QUEUE_DIR, request.user.username, name + ".mbox")
    if not os.path.exists(path):
        raise Http404()
    # expect: path-traversal
    return FileResponse(open(path, "rb"), content_type="application/mbox")


def view_queue_mbox_safe(request):
    name = request.GET.get("queue", "default")
    filename = get_valid_filename(name) + ".mbox"
    path = os.path.join(QUEUE_DIR, get_valid_filename(request.user.username), filename)
    if not os.path.exists(path):
        raise Http404()
    return FileResponse(open(path, "rb"), content_type="application/mbox")
