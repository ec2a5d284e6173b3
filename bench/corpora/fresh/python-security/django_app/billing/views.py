import json
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection, transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import redirect, render, resolve_url
from django.template import Context, Template
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from .models import Invoice

log = logging.getLogger(__name__)


@login_required
def invoice_list(request):
    sort = request.GET.get("sort", "-created")
    if sort.lstrip("-") not in {"created", "amount", "due"}:
        sort = "-created"
    invoices = Invoice.objects.filter(owner=request.user).order_by(sort)
    return render(request, "billing/list.html", {"invoices": invoices})


@login_required
def invoice_search(request):
    term = request.GET.get("term", "")
    # expect: sql-injection
    invoices = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE owner_id = %s AND memo LIKE '%%" + term + "%%'", [request.user.id])
    return render(request, "billing/list.html", {"invoices": invoices})


@login_required
def invoice_totals(request):
    year = request.GET.get("year")
    sql = f"SELECT date_trunc('month', created) AS m, sum(amount) FROM billing_invoice WHERE extract(year FROM created) = {year} GROUP BY 1"
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute(sql)
        data = cur.fetchall()
    return JsonResponse({"months": data})


@login_required
def invoice_totals_safe(request):
    year = int(request.GET.get("year", "2024"))
    with connection.cursor() as cur:
        cur.execute("SELECT date_trunc('month', created) AS m, sum(amount) FROM billing_invoice WHERE extract(year FROM created) = %s GROUP BY 1", [year])
        data = cur.fetchall()
    return JsonResponse({"months": data})


# expect: csrf-exempt
@csrf_exempt
def change_plan(request):
    if request.method != "POST":
        return HttpResponseBadRequest()
    with transaction.atomic():
        request.user.subscription.plan = request.POST["plan"]
        request.user.subscription.save()
    return redirect("billing:overview")


def receipt_note(request):
    note = request.GET.get("note", "")
    # expect: code-injection
    tpl = Template("<p>Thanks! " + note + "</p>")
    return HttpResponse(tpl.render(Context({"user": request.user})))


def receipt_note_safe(request):
    tpl = Template("<p>Thanks! {{ note }}</p>")
    return HttpResponse(tpl.render(Context({"note": request.GET.get("note", "")})))


def promo_banner(request):
    code = request.GET.get("promo", "")
    # expect: xss
    html = mark_safe("<div class='promo'>Code: {}</div>".format(code))
    return render(request, "billing/promo.html", {"banner": html})


def promo_banner_ok(request):
    html = format_html("<div class='promo'>Code: {}</div>", request.GET.get("promo", ""))
    return render(request, "billing/promo.html", {"banner": html})


def plain_summary(request):
    return HttpResponse(strip_tags(request.GET.get("text", "")), content_type="text/plain")


@require_GET
def legacy_redirect(request):
    # expect: open-redirect
    return HttpResponsePermanentRedirect(request.GET["u"])


def portal_redirect(request):
    return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))


def stripe_return(request):
    dest = request.session.get("after_checkout") or request.META.get("HTTP_REFERER", "/")
    # expect: open-redirect
    return redirect(dest)
