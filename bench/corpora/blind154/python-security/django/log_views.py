"""Support views: job logs and exported CSVs."""
import logging
import os

from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, HttpResponse

log = logging.getLogger(__name__)

LOG_ROOT = "/var/log/jobs"
EXPORT_ROOT = "/srv/exports"


@staff_member_required
def job_log(request):
    job = request.GET.get("job")
    # expect: path-traversal
    with open("/var/log/jobs/%s.log" % job, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@staff_member_required
def export_csv(request):
    name = request.GET["name"]
    # expect: path-traversal
    return FileResponse(open("/srv/exports/{}.csv".format(name), "rb"), as_attachment=True)


@staff_member_required
def sitemap_part(request):
    part = request.POST.get("part", "index")
    # expect: path-traversal
    path = "/srv/sitemaps/{}.xml".format(part)
    with open(path, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/xml")


@staff_member_required
def job_log_checked(request):
    job = request.GET.get("job", "")
    root = os.path.realpath(LOG_ROOT)
    path = os.path.realpath(os.path.join(root, "%s.log" % job))
    if os.path.commonpath([root, path]) != root or not os.path.isfile(path):
        raise Http404
    with open(path, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@staff_member_required
def export_by_id(request):
    export_id = int(request.GET.get("id", "0"))
    path = "/srv/exports/export-%d.csv" % export_id
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)
