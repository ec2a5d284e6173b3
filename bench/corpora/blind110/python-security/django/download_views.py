"""Report and log download views for the operations console."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse

REPORT_DIR = os.path.join(settings.MEDIA_ROOT, "reports")


def download_report(request):
    name = request.GET.get("name")
    # expect: path-traversal
    path = os.path.join(REPORT_DIR, "%s.csv" % name)
    return FileResponse(open(path, "rb"), as_attachment=True)


def view_log(request):
    service = request.GET["service"]
    # expect: path-traversal
    with open("/var/log/console/{}.log".format(service)) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def export_archive(request):
    batch = request.POST.get("batch")
    # expect: path-traversal
    archive = settings.EXPORT_ROOT + "/batch_%s.zip" % batch
    return FileResponse(open(archive, "rb"), filename=os.path.basename(archive))


def invoice_xml(request, year):
    number = request.GET.get("number")
    # expect: path-traversal
    return FileResponse(open("/srv/invoices/{0}/{1}.xml".format(year, number), "rb"))


def download_report_safe(request):
    name = request.GET.get("name", "")
    candidate = os.path.realpath(os.path.join(REPORT_DIR, "%s.csv" % name))
    if os.path.commonpath([candidate, REPORT_DIR]) != REPORT_DIR:
        raise Http404("no such report")
    return FileResponse(open(candidate, "rb"), as_attachment=True)


def todays_log(request):
    from datetime import date
    with open("/var/log/console/%s.log" % date.today().isoformat()) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
