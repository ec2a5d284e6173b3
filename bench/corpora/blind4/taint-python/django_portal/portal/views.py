"""Partner portal views (Django)."""
from __future__ import annotations

import json
import logging
import os
import subprocess

import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.template import Context, Template
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from .models import Shipment

log = logging.getLogger(__name__)
LABEL_ROOT = os.path.join(settings.MEDIA_ROOT, "labels")


def _filters(request) -> dict:
    return {
        "status": request.GET.get("status", "open"),
        "carrier": request.GET.get("carrier", ""),
    }


@login_required
def shipments(request):
    f = _filters(request)
    sql = "SELECT * FROM portal_shipment WHERE status = '%s' AND carrier = '%s'" % (f["status"], f["carrier"])
    # expect: tainted-sql
    rows = Shipment.objects.raw(sql)
    return render(request, "portal/shipments.html", {"rows": rows})


@login_required
def shipments_safe(request):
    f = _filters(request)
    rows = Shipment.objects.raw(
        "SELECT * FROM portal_shipment WHERE status = %s AND carrier = %s", [f["status"], f["carrier"]]
    )
    return render(request, "portal/shipments.html", {"rows": rows})


@login_required
def shipment_count(request):
    carrier = request.GET["carrier"]
    with connection.cursor() as cursor:
        # expect: tainted-sql
        cursor.execute("SELECT COUNT(*) FROM portal_shipment WHERE carrier = '" + carrier + "'")
        (count,) = cursor.fetchone()
    return JsonResponse({"count": count})


@login_required
def late_shipments(request):
    days = request.GET.get("days", "3")
    # expect: tainted-sql
    rows = Shipment.objects.extra(where=[f"eta < now() - interval '{days} days'"])
    return render(request, "portal/shipments.html", {"rows": rows})


@login_required
def late_shipments_safe(request):
    days = int(request.GET.get("days", "3"))
    rows = Shipment.objects.extra(where=["eta < now() - make_interval(days => %s)"], params=[days])
    return render(request, "portal/shipments.html", {"rows": rows})


@login_required
def label_pdf(request, tracking):
    path = os.path.join(LABEL_ROOT, tracking + ".pdf")
    # expect: tainted-path
    return FileResponse(open(path, "rb"), content_type="application/pdf")


@login_required
def label_pdf_safe(request, tracking):
    shipment = Shipment.objects.filter(tracking=tracking, partner=request.user.partner).first()
    if shipment is None:
        raise Http404
    return FileResponse(open(os.path.join(LABEL_ROOT, f"{shipment.pk}.pdf"), "rb"), content_type="application/pdf")


@login_required
def carrier_status(request):
    url = request.POST.get("status_url", "")
    # expect: tainted-ssrf
    data = requests.get(url, timeout=10).json()
    return JsonResponse(data)


def switch_language(request):
    back = request.META.get("HTTP_REFERER", "/")
    # expect: tainted-redirect
    return HttpResponseRedirect(back)


def switch_language_safe(request):
    back = request.META.get("HTTP_REFERER", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    return HttpResponseRedirect(back)


def notice(request):
    text = request.COOKIES.get("flash", "")
    # expect: tainted-xss
    return HttpResponse("<div class='flash'>" + text + "</div>")


def notice_safe(request):
    text = request.COOKIES.get("flash", "")
    return HttpResponse("<div class='flash'>" + escape(text) + "</div>")


@login_required
def preview_email(request):
    body = request.POST["body"]
    # expect: tainted-template
    html = Template(body).render(Context({"partner": request.user.partner}))
    return HttpResponse(html)


class TrackView(View):
    def get(self, request, *args, **kwargs):
        number = self.request.GET.get("n", "")
        tool = settings.TRACKING_TOOL
        # expect: tainted-command
        out = subprocess.check_output(f"{tool} --lookup {number}", shell=True, text=True)
        return JsonResponse(json.loads(out))

    def post(self, request, *args, **kwargs):
        number = request.POST.get("n", "")
        out = subprocess.check_output([settings.TRACKING_TOOL, "--lookup", number], text=True)
        return JsonResponse(json.loads(out))


def healthcheck(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok")
