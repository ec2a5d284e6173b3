"""Support staff log viewer."""
import os

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse

LOG_DIR = "/var/log/shop"


@staff_member_required
def view_log(request):
    service = request.GET.get("service")
    # expect: path-traversal
    path = os.path.join(LOG_DIR, "%s.log" % (service))
    with open(path, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@staff_member_required
def export_csv(request):
    day = request.GET["day"]
    # expect: path-traversal
    name = "exports/orders-{}.csv".format(day)
    with open(os.path.join(LOG_DIR, name), encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/csv")


@staff_member_required
def archive(request):
    batch = request.POST.get("batch")
    # expect: path-traversal
    target = "/srv/archive/batch_%s.zip" % (batch)
    with open(target, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/zip")


@staff_member_required
def view_log_safe(request):
    service = request.GET.get("service", "web")
    path = os.path.abspath(os.path.join(LOG_DIR, "%s.log" % (service)))
    if not path.startswith(LOG_DIR + os.sep):
        return HttpResponse(status=404)
    with open(path, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@staff_member_required
def view_known_log(request):
    services = {"web": "web.log", "worker": "worker.log"}
    name = services.get(request.GET.get("service"), "web.log")
    with open(os.path.join(LOG_DIR, name), encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
