"""Small HTML fragments fetched by the storefront's htmx widgets."""
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html
from django.views.decorators.http import require_GET

from .models import Product, StockLevel


@require_GET
def stock_badge(request, sku):
    product = get_object_or_404(Product, sku=sku)
    level = StockLevel.for_product(product)
    return HttpResponse(format_html('<span class="stock stock-{}">{}</span>', level.css, level.label))


@require_GET
def search_hint(request):
    term = request.GET.get("q", "")
    # expect: xss
    html = "<p class=\"hint\">No products found for <em>%s</em>.</p>" % term
    return HttpResponse(html)


@require_GET
def coupon_banner(request):
    code = request.GET.get("coupon", "")
    return HttpResponse('<div class="banner">Coupon <code>{}</code> applied</div>'.format(escape(code)))


@require_GET
def compare_row(request):
    left = request.GET.get("a", "")
    right = request.GET.get("b", "")
    row = "<tr><td>{}</td><td>{}</td></tr>"
    # expect: xss
    return HttpResponse(row.format(left, right))


@require_GET
def product_card(request, sku):
    product = get_object_or_404(Product, sku=sku)
    return render(request, "widgets/product_card.html", {"product": product, "ref": request.GET.get("ref")})


@require_GET
def cart_count(request):
    return JsonResponse({"count": request.session.get("cart_count", 0)})


@require_GET
def page_link(request):
    url = request.build_absolute_uri()
    return HttpResponse(f"<link rel=\"canonical\" href=\"{url}\">")
