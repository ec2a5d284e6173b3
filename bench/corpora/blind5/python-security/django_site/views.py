from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from .models import Order, Product


# expect: csrf-exempt
@csrf_exempt
def payment_callback(request):
    order = Order.objects.get(reference=request.POST["ref"])
    order.mark_paid()
    return HttpResponse("ok")


@csrf_protect
@login_required
def update_cart(request):
    Product.objects.filter(pk=request.POST["pk"]).update(stock=F("stock") - 1)
    return JsonResponse({"ok": True})


def product_blurb(request, pk):
    product = Product.objects.get(pk=pk)
    # expect: xss
    blurb = mark_safe("<p>" + product.description + " &mdash; " + request.GET.get("ref", "") + "</p>")
    return render(request, "shop/blurb.html", {"blurb": blurb})


def product_badge(request, pk):
    product = Product.objects.get(pk=pk)
    badge = format_html("<span class='badge'>{}</span>", product.badge_text)
    icon = mark_safe('<svg class="icon"><use href="#star"/></svg>')
    return render(request, "shop/badge.html", {"badge": badge, "icon": icon})


def product_title(request, pk):
    product = Product.objects.get(pk=pk)
    # expect: xss
    title = format_html(f"<h1>{product.name}</h1>")
    return render(request, "shop/title.html", {"title": title})


def tag_list(request):
    tags = Product.objects.values_list("tag", "slug")
    html = format_html_join("\n", "<li><a href='/t/{}'>{}</a></li>", ((s, t) for t, s in tags))
    return HttpResponse(html)


def popular(request):
    weight = request.GET.get("w", "1")
    # expect: sql-injection
    qs = Product.objects.annotate(score=RawSQL("views * %s" % weight, ()))
    return JsonResponse(list(qs.values("pk", "score")), safe=False)


def popular_safe(request):
    weight = float(request.GET.get("w", "1"))
    qs = Product.objects.annotate(score=RawSQL("views * %s", (weight,)))
    return JsonResponse(list(qs.values("pk", "score")), safe=False)


def change_language(request):
    # expect: open-redirect
    return redirect(request.GET.get("next", "/"))


def change_language_named(request):
    return redirect("shop:index")
