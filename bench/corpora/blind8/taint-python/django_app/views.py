# library: Django views
"""Views for the booking site."""
import requests
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt

from .models import Booking


def search(request):
    q = request.GET.get("q", "")
    return render(request, "search.html", {"q": q, "results": Booking.objects.filter(ref__icontains=q)})


def greet(request):
    name = request.GET.get("name", "")
    # expect: xss
    return HttpResponse("<h2>Welcome back, %s</h2>" % name)


def greet_safe(request):
    return HttpResponse(format_html("<h2>Welcome back, {}</h2>", request.GET.get("name", "")))


def banner(request):
    # expect: xss
    return render(request, "banner.html", {"html": mark_safe(request.GET.get("msg", ""))})


def by_ref(request):
    ref = request.GET["ref"]
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, status FROM bookings WHERE ref = '" + ref + "'")
        row = cur.fetchone()
    return JsonResponse({"row": row})


def by_ref_safe(request):
    rows = Booking.objects.raw("SELECT * FROM booking_booking WHERE ref = %s", [request.GET["ref"]])
    return JsonResponse({"ids": [b.id for b in rows]})


def after_login(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        return redirect(nxt)
    return redirect("/")


def after_logout(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.GET.get("next", "/"))


# expect: csrf
@csrf_exempt
def cancel(request, booking_id):
    Booking.objects.filter(pk=booking_id, user=request.user).update(status="cancelled")
    return JsonResponse({"ok": True})


def invoice_pdf(request):
    # expect: path-traversal
    return FileResponse(open("/srv/booking/invoices/" + request.GET["file"], "rb"))


def fetch_ical(request):
    # expect: ssrf
    body = requests.get(request.POST["calendar_url"], timeout=5).text
    return HttpResponse(body, content_type="text/calendar")
