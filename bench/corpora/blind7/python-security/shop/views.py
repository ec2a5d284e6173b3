import json

import requests
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Product


def product_detail(request, slug):
    product = get_object_or_404(Product, slug=slug)
    return render(request, "shop/product.html", {"product": product})


def quick_search(request):
    q = request.GET.get("q", "")
    # expect: xss
    return HttpResponse("<p>No products match <b>%s</b></p>" % q)


def quick_search_safe(request):
    q = request.GET.get("q", "")
    return HttpResponse("<p>No products match <b>%s</b></p>" % escape(q))


def after_login(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        return redirect(target)
    return redirect("/")


def switch_store(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.GET["return_to"])


# expect: csrf-disabled
@csrf_exempt
@require_POST
def update_cart(request):
    data = json.loads(request.body)
    request.session["cart"] = [int(i) for i in data.get("items", [])]
    return JsonResponse({"count": len(request.session["cart"])})


@require_POST
def payment_webhook(request):
    return JsonResponse({"received": True})


@login_required
def import_image(request):
    image_url = request.POST["image_url"]
    # expect: ssrf
    resp = requests.get(image_url, timeout=10)
    return JsonResponse({"size": len(resp.content)})
