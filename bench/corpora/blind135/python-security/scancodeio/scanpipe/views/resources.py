"""Codebase resource views: raw download and a highlighted preview."""
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from scanpipe.models import CodebaseResource, Project


def resource_raw(request, slug):
    project = get_object_or_404(Project, slug=slug)
    path = request.GET.get("path", "")
    # expect: path-traversal
    return FileResponse(open(project.codebase_path / path, "rb"))


def resource_raw_checked(request, slug):
    project = get_object_or_404(Project, slug=slug)
    resource = CodebaseResource.objects.filter(project=project, path=request.GET.get("path", "")).first()
    if resource is None:
        raise Http404
    return FileResponse(open(resource.location_path, "rb"))


def resource_preview(request, slug):
    project = get_object_or_404(Project, slug=slug)
    resource = get_object_or_404(CodebaseResource, project=project, path=request.GET.get("path", ""))
    content = resource.location_path.read_text(errors="replace")
    if request.GET.get("plain"):
        return HttpResponse(format_html("<pre>{}</pre>", content))
    # expect: xss
    return HttpResponse(mark_safe("<pre class='highlight'>%s</pre>" % content))
