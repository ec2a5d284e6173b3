"""Operators download job logs, CSV extracts and archived bundles."""
import os

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, HttpResponse

LOG_ROOT = os.path.join(settings.BASE_DIR, "var", "jobs")
EXTRACTS = {"orders": "orders.csv", "customers": "customers.csv"}


@staff_member_required
def job_log(request):
    job = request.GET.get("job")
    # expect: path-traversal
    return FileResponse(open("/var/log/jobs/%s.log" % job, "rb"))


@staff_member_required
def extract_csv(request):
    table = request.GET["table"]
    path = os.path.join(LOG_ROOT, "extracts/{}.csv".format(table))
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


@staff_member_required
def bundle(request):
    bundle_id = request.POST.get("bundle")
    # expect: path-traversal
    with open("{}/bundles/{}.zip".format(LOG_ROOT, bundle_id), "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/zip")


@staff_member_required
def notes(request):
    user_dir = request.user.username
    day = request.GET.get("day", "today")
    # expect: path-traversal
    with open("/srv/notes/%s/%s.txt" % (user_dir, day), encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@staff_member_required
def feed_xml(request):
    feed = request.GET.get("feed", "main")
    # expect: path-traversal
    data = open(LOG_ROOT + "/feeds/{0}.xml".format(feed), "rb").read()
    return HttpResponse(data, content_type="application/xml")


@staff_member_required
def extract_by_key(request):
    key = request.GET.get("key", "orders")
    filename = EXTRACTS.get(key)
    if filename is None:
        raise Http404("unknown extract")
    return FileResponse(open(os.path.join(LOG_ROOT, "extracts", filename), "rb"))


@staff_member_required
def job_log_checked(request):
    job = request.GET.get("job", "")
    path = os.path.realpath("/var/log/jobs/%s.log" % job)
    if not path.startswith("/var/log/jobs/"):
        raise Http404("not found")
    return FileResponse(open(path, "rb"))


@staff_member_required
def numbered_report(request):
    number = int(request.GET["n"])
    return FileResponse(open("/srv/reports/report-%d.html" % number, "rb"))
