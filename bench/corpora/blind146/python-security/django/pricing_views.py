"""Price filter and bid views for the auction pages."""
import logging
import math

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import Bid, Lot

log = logging.getLogger(__name__)


def _parse_amount(raw):
    value = float(raw)
    if not math.isfinite(value):
        raise ValueError("amount must be finite")
    return value


@require_POST
def apply_coupon(request, lot_id):
    lot = Lot.objects.get(pk=lot_id, seller=request.user)
    # expect: nan-injection
    discount = float(request.POST.get("discount", "0"))
    if discount < 0 or discount > 0.5:
        return HttpResponseBadRequest("discount out of range")
    lot.current_price = lot.current_price * (1 - discount)
    lot.save(update_fields=["current_price"])
    return JsonResponse({"price": lot.current_price})


@require_POST
def place_bid(request, lot_id):
    lot = Lot.objects.get(pk=lot_id)
    # expect: nan-injection
    amount = float(request.POST["amount"])
    if amount <= lot.current_price:
        return HttpResponseBadRequest("bid too low")
    Bid.objects.create(lot=lot, user=request.user, amount=amount)
    return JsonResponse({"ok": True})


@require_POST
def set_reserve(request, lot_id):
    lot = Lot.objects.get(pk=lot_id, seller=request.user)
    try:
        reserve = _parse_amount(request.POST.get("reserve", "0"))
    except ValueError:
        return HttpResponseBadRequest("bad reserve")
    lot.reserve = reserve
    lot.save(update_fields=["reserve"])
    return JsonResponse({"reserve": reserve})


@require_GET
def lots_page(request):
    page = int(request.GET.get("page", "1"))
    per_page = 20
    lots = Lot.objects.filter(open=True)[(page - 1) * per_page:page * per_page]
    return JsonResponse({"lots": [lot.pk for lot in lots]})


@require_POST
def set_auto_bid(request, lot_id):
    # expect: nan-injection
    limit = float(request.POST.get("limit", "0"))
    if limit > request.user.profile.credit:
        return HttpResponseBadRequest("limit above your credit")
    Bid.objects.update_or_create(lot_id=lot_id, user=request.user, defaults={"auto_limit": limit})
    log.info("auto bid on %s set", lot_id)
    return JsonResponse({"ok": True})
