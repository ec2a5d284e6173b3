"""Customer notes and import logs written to disk."""
import io
import json
import time

from django.http import HttpResponse
from django.views import View

LOG_PATH = "/var/log/shop/imports.log"


def save_note(request, order_id):
    with open(f"/srv/notes/{int(order_id)}.txt", "a", encoding="utf-8") as fh:
        # expect: crlf-injection
        fh.write(request.POST.get("note", ""))
    return HttpResponse(status=204)


def log_search(request):
    term = request.GET["q"]
    line = f"{time.time():.0f} search {term}\n"
    with open(LOG_PATH, "a", encoding="utf-8") as log:
        # expect: crlf-injection
        log.write(line)
    return HttpResponse("ok")


def echo_payload(request):
    buf = io.BytesIO()
    # expect: crlf-injection
    buf.write(request.body)
    return HttpResponse(buf.getvalue(), content_type="application/octet-stream")


class ImportView(View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.audit = open(LOG_PATH, "a", encoding="utf-8")

    def post(self, request):
        source = request.POST.get("source")
        # expect: crlf-injection
        self.audit.write("import from %s\n" % source)
        self.audit.close()
        return HttpResponse(status=202)


def log_search_json(request):
    with open(LOG_PATH, "a", encoding="utf-8") as log:
        log.write(json.dumps({"ts": time.time(), "q": request.GET.get("q", "")}) + "\n")
    return HttpResponse("ok")


def save_quantity(request, order_id):
    qty = int(request.POST["qty"])
    with open(f"/srv/qty/{int(order_id)}.txt", "w", encoding="utf-8") as fh:
        fh.write(str(qty))
    return HttpResponse(status=204)
