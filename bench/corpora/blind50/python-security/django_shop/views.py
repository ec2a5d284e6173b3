"""Function views of the shop."""
import logging

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from .forms import InvoiceLookupForm, NewsletterForm, ProductSearchForm
from .models import Product
from .services import CatalogService, invoices_for, ordered_products

logger = logging.getLogger(__name__)


@require_GET
def search(request):
    form = ProductSearchForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad query")
    service = CatalogService(form.cleaned_data.get("category")).with_term(form.cleaned_data["q"])
    sql = service.raw_search()
    # expect: sql-injection
    products = list(Product.objects.raw(sql))
    return render(request, "shop/search.html", {"products": products})


@require_GET
def search_orm(request):
    form = ProductSearchForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad query")
    service = CatalogService(form.cleaned_data.get("category")).with_term(form.cleaned_data["q"])
    products = service.safe_search()
    sort = form.cleaned_data.get("sort") or "name"
    return render(request, "shop/search.html", {"products": products, "ordered": ordered_products(sort)})


@require_GET
def by_category(request):
    slug = request.GET.get("c", "")
    # expect: sql-injection
    qs = Product.objects.extra(where=[f"category_id IN (SELECT id FROM shop_category WHERE slug = '{slug}')"])
    return JsonResponse({"names": [p.name for p in qs]})


@require_GET
def invoice(request):
    form = InvoiceLookupForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad invoice")
    rows = invoices_for(form.cleaned_data["number"], form.cleaned_data["year"])
    return JsonResponse({"count": len(list(rows))})


@require_GET
def hello(request):
    name = request.GET.get("name", "guest")
    # expect: xss
    return HttpResponse("<h1>Welcome back, " + name + "</h1>")


@require_GET
def hello_escaped(request):
    name = request.GET.get("name", "guest")
    return HttpResponse(format_html("<h1>Welcome back, {}</h1>", name))


@require_GET
def hello_manual(request):
    name = escape(request.GET.get("name", "guest"))
    return HttpResponse("<h1>Welcome back, %s</h1>" % name)


@require_POST
def subscribe(request):
    form = NewsletterForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad email")
    target = form.cleaned_data.get("next_url") or "/"
    logger.info("newsletter signup")
    # expect: open-redirect
    return redirect(target)


@require_POST
def subscribe_checked(request):
    form = NewsletterForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad email")
    target = form.cleaned_data.get("next_url") or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return redirect(target)
