from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from .models import Product, Review


def product_search(request):
    q = request.GET.get("q", "")
    # expect: sql-injection
    products = Product.objects.raw(f"SELECT * FROM shop_product WHERE name LIKE '%%{q}%%'")
    return render(request, "shop/search.html", {"products": products, "q": q})


def product_search_safe(request):
    q = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", [f"%{q}%"])
    return render(request, "shop/search.html", {"products": products, "q": q})


def product_filter(request):
    qs = Product.objects.filter(Q(name__icontains=request.GET.get("q", "")) | Q(sku=request.GET.get("sku", "")))
    return render(request, "shop/list.html", {"products": qs})


def products_by_vendor(request):
    vendor = request.GET["vendor"]
    # expect: sql-injection
    qs = Product.objects.extra(where=["vendor_code = '%s'" % vendor])
    return render(request, "shop/list.html", {"products": qs})


def products_with_margin(request):
    qs = Product.objects.extra(select={"margin": "price - cost"}).order_by("-margin")
    return render(request, "shop/list.html", {"products": qs})


def products_ranked(request):
    boost = request.GET.get("boost", "1")
    # expect: sql-injection
    qs = Product.objects.annotate(rank=RawSQL("popularity * " + boost, ()))
    return render(request, "shop/list.html", {"products": qs.order_by("-rank")})


def products_ranked_param(request):
    boost = float(request.GET.get("boost", "1"))
    qs = Product.objects.annotate(rank=RawSQL("popularity * %s", (boost,)))
    return render(request, "shop/list.html", {"products": qs.order_by("-rank")})


def stock_report(request):
    warehouse = request.GET.get("warehouse", "main")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT sku, qty FROM stock WHERE warehouse = '{}'".format(warehouse))
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def stock_report_safe(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sku, qty FROM stock WHERE warehouse = %s", [request.GET.get("warehouse", "main")])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def review_preview(request):
    body = request.POST.get("body", "")
    # expect: xss
    return HttpResponse(mark_safe(f"<div class='review'>{body}</div>"))


def review_preview_escaped(request):
    body = request.POST.get("body", "")
    return HttpResponse(format_html("<div class='review'>{}</div>", body))


def greeting(request):
    name = request.GET.get("name", "guest")
    # expect: xss
    return HttpResponse(format_html(f"<h1>Hello {name}</h1>"))


def greeting_escape(request):
    return HttpResponse("<h1>Hello %s</h1>" % escape(request.GET.get("name", "guest")))


def echo_query(request):
    # expect: xss
    return HttpResponse("<p>You searched for: " + request.GET.get("q", "") + "</p>")


def separator(_request):
    return HttpResponse(mark_safe("<hr class='sep'>"))


# expect: csrf-exempt
@csrf_exempt
@login_required
def update_address(request):
    profile = request.user.profile
    profile.address = request.POST["address"]
    profile.save()
    return redirect("account")


@csrf_protect
@require_POST
def update_phone(request):
    request.user.profile.phone = request.POST["phone"]
    request.user.profile.save()
    return redirect("account")


def login_done(request):
    nxt = request.GET.get("next", "/")
    # expect: open-redirect
    return HttpResponseRedirect(nxt)


def login_done_checked(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = "/"
    return HttpResponseRedirect(nxt)


def back_to_cart(request):
    # expect: open-redirect
    return redirect(request.POST.get("return_to") or "cart")


def review_detail(request, pk):
    review = get_object_or_404(Review, pk=pk)
    Review.objects.filter(pk=pk).update(views=F("views") + 1)
    return render(request, "shop/review.html", {"review": review})
