"""Shop views; business logic is in services.py."""
from django.http import HttpResponse, JsonResponse

from . import services


def invoice_pdf(request, order_id):
    lang = request.GET.get("lang")
    if lang is None:
        lang = "en"
    path = services.render_invoice(order_id, lang)
    return JsonResponse({"path": path})


def product_list(request):
    opts = {"category": request.GET.get("category", "all"), "page": 1}
    return JsonResponse({"items": services.products(opts)})


def coupon(request):
    code = request.POST.get("code", "").strip()
    return HttpResponse(services.coupon_message(code))


def attachment(request):
    names = request.GET.getlist("file")
    return services.attachment_response(names)


def redirect_back(request):
    return services.back_to(request.GET.get("back", "/"))
