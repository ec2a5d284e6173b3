"""Classic (non-SPA) file pages."""
import os

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.html import escape, format_html

from ..api2.utils import normalize_dir_path


def _breadcrumb(path):
    parts = [p for p in path.split("/") if p]
    return " / ".join(parts) or "/"


def file_not_found(request, repo_id):
    path = request.GET.get("p", "")
    if not path:
        return HttpResponseBadRequest("missing path")
    filename = os.path.basename(path)
    body = "<h2>File not found</h2><p>"
    body += "The file <b>" + filename + "</b> was moved or deleted."
    body += "</p>"
    # expect: xss
    return HttpResponse(body)


def file_not_found_escaped(request, repo_id):
    path = request.GET.get("p", "")
    filename = os.path.basename(path) or "?"
    body = "<h2>File not found</h2><p>The file <b>" + escape(filename) + "</b> was moved or deleted.</p>"
    return HttpResponse(body)


def dir_header(request, repo_id):
    path = normalize_dir_path(request.GET.get("p", "/"))
    return HttpResponse(format_html("<div class='path'>{}</div>", _breadcrumb(path)))
