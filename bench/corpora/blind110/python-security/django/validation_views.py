"""Input validation errors for the public booking API."""
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.html import escape
from django.views import View

from .models import Room

VALID_SIZES = {"single", "double", "suite"}


def book_room(request):
    size = request.GET.get("size", "")
    if size not in VALID_SIZES:
        # expect: xss
        return HttpResponseBadRequest("Unknown room size: %s" % size)
    return JsonResponse({"room": Room.objects.filter(size=size).first().pk})


def check_dates(request):
    checkin = request.GET.get("checkin")
    if not checkin:
        return HttpResponseBadRequest("checkin is required")
    # expect: xss
    return HttpResponseBadRequest(f"<p>Invalid date <b>{checkin}</b></p>")


class GuestCountView(View):
    def post(self, request):
        guests = request.POST["guests"]
        if not guests.isdigit():
            message = "guests must be a number, got " + guests
            # expect: xss
            return HttpResponseBadRequest(message)
        return JsonResponse({"guests": int(guests)})


def promo(request):
    code = request.POST.get("promo")
    # expect: xss
    return HttpResponseBadRequest("<div class='error'>Promo {} has expired</div>".format(code))


def book_room_escaped(request):
    size = request.GET.get("size", "")
    if size not in VALID_SIZES:
        return HttpResponseBadRequest("Unknown room size: %s" % escape(size))
    return JsonResponse({"ok": True})


def check_dates_json(request):
    checkin = request.GET.get("checkin")
    return JsonResponse({"error": "invalid date", "value": checkin}, status=400)


def plain_error(request):
    return HttpResponseBadRequest("Unknown room size: %s" % request.GET.get("size", ""), content_type="text/plain")
