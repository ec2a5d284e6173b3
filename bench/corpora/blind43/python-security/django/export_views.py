"""Export and log download views."""
import os

from django.conf import settings
from django.http import FileResponse, HttpResponse

EXPORT_DIR = "/srv/exports"


def download_report(request):
    name = request.GET.get("name")
    # expect: path-traversal
    path = "/srv/exports/%s.csv" % (name)
    return FileResponse(open(path, "rb"))


def service_log(request, service):
    day = request.GET["day"]
    # expect: path-traversal
    log_file = os.path.join(settings.LOG_ROOT, "{}-{}.log".format(service, day))
    with open(log_file) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def archive(request):
    bundle = request.POST.get("bundle")
    target = os.path.join(EXPORT_DIR, "archives")
    # expect: path-traversal
    return FileResponse(open(target + "/{0}.zip".format(bundle), "rb"))


def sitemap_part(request):
    part = request.body.decode()
    # expect: path-traversal
    with open("/srv/sitemaps/part-%s.xml" % (part)) as fh:
        return HttpResponse(fh.read(), content_type="application/xml")


def safe_download(request):
    name = request.GET.get("name")
    path = os.path.realpath(os.path.join(EXPORT_DIR, "%s.csv" % (name)))
    if not path.startswith(EXPORT_DIR + os.sep):
        return HttpResponse(status=404)
    return FileResponse(open(path, "rb"))


def fixed_report(request):
    return FileResponse(open(os.path.join(EXPORT_DIR, "summary.csv"), "rb"))
