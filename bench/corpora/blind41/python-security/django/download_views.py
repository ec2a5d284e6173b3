"""Views that serve generated invoices and theme files."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.views import View

INVOICE_ROOT = os.path.join(settings.MEDIA_ROOT, "invoices")


def invoice_pdf(request):
    number = request.GET.get("number")
    # expect: path-traversal
    with open(os.path.join(INVOICE_ROOT, "%s.pdf" % number), "rb") as pdf:
        return HttpResponse(pdf.read(), content_type="application/pdf")


def theme_css(request):
    theme = request.GET["theme"]
    css_path = "{}/themes/{}.css".format(settings.STATIC_ROOT, theme)
    # expect: path-traversal
    return HttpResponse(open(css_path).read(), content_type="text/css")


class ReportDownload(View):
    def get(self, request):
        name = request.GET.get("report")
        # expect: path-traversal
        return FileResponse(open(f"/srv/reports/{name}", "rb"))


def save_note(request):
    note_file = settings.NOTES_DIR + "/" + request.POST.get("title")
    # expect: path-traversal
    with open(note_file, "w") as fh:
        fh.write(request.POST.get("body", ""))
    return HttpResponse(status=204)


def invoice_pdf_checked(request):
    number = request.GET.get("number", "")
    if not number.isdigit():
        raise Http404
    with open(os.path.join(INVOICE_ROOT, f"{int(number)}.pdf"), "rb") as pdf:
        return HttpResponse(pdf.read(), content_type="application/pdf")


def theme_css_allowlisted(request):
    themes = {"light": "light.css", "dark": "dark.css"}
    filename = themes.get(request.GET.get("theme"), "light.css")
    with open(os.path.join(settings.STATIC_ROOT, "themes", filename)) as css:
        return HttpResponse(css.read(), content_type="text/css")
