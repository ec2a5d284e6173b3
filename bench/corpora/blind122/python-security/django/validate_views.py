"""Query validation for the bookings search API (Django)."""
from datetime import date

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.html import escape

from .models import Booking

SORT_FIELDS = {"date", "-date", "guest", "room"}


def bookings(request):
    raw_day = request.GET.get("day", "")
    try:
        day = date.fromisoformat(raw_day)
    except ValueError:
        # expect: xss
        return HttpResponseBadRequest(f"Invalid day: {request.GET.get('day')}")
    sort = request.GET.get("sort", "date")
    if sort not in SORT_FIELDS:
        # expect: xss
        return HttpResponseBadRequest("Unknown sort field %s" % request.GET.get("sort"))
    qs = Booking.objects.filter(day=day).order_by(sort)
    return JsonResponse({"bookings": list(qs.values("id", "guest", "room"))})


def cancel(request):
    if "booking" not in request.POST:
        return HttpResponseBadRequest("Missing booking id")
    ref = request.POST["booking"]
    if not ref.isdigit():
        # expect: xss
        return HttpResponseBadRequest("Bad booking reference: " + ref)
    Booking.objects.filter(pk=int(ref)).update(cancelled=True)
    return JsonResponse({"ok": True})


def rooms(request):
    floor = request.GET.get("floor", "")
    if not floor.isdigit():
        return HttpResponseBadRequest("Invalid floor: %s" % escape(floor))
    return JsonResponse({"rooms": list(range(int(floor) * 100, int(floor) * 100 + 20))})


def guests(request):
    name = request.GET.get("name")
    if not name:
        return JsonResponse({"error": "name required", "got": name}, status=400)
    return JsonResponse({"guests": list(Booking.objects.filter(guest__icontains=name).values_list("guest", flat=True))})
