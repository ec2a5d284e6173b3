"""JSON endpoints of the bookings app."""
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.http import HttpResponse as Response
from django.views import View

from .models import Booking, Room


def rooms(request):
    data = list(Room.objects.values("id", "name", "capacity"))
    body = json.dumps(data)
    # expect: use-json-response
    return HttpResponse(body, content_type="application/json")


def booking_detail(request, pk):
    booking = Booking.objects.values().get(pk=pk)
    return JsonResponse(booking, encoder=DjangoJSONEncoder)


def availability(request, room_id):
    payload = json.dumps({"room": room_id, "free": Booking.free_slots(room_id)}, cls=DjangoJSONEncoder)
    # expect: use-json-response
    return Response(payload, content_type="application/json", status=200)


class BookingListView(View):
    def get(self, request):
        rows = list(Booking.objects.filter(user=request.user).values("id", "start", "end"))
        serialized = json.dumps(rows, cls=DjangoJSONEncoder)
        # expect: use-json-response
        return HttpResponse(serialized, content_type="application/json")


def export_csv(request):
    lines = ["id,start,end"] + [f"{b.id},{b.start},{b.end}" for b in Booking.objects.all()]
    return HttpResponse("\n".join(lines), content_type="text/csv")


def stats(request):
    counts = {"total": Booking.objects.count(), "rooms": Room.objects.count()}
    # expect: use-json-response
    return HttpResponse(json.dumps(counts), content_type="application/json")


def room_names(request):
    return JsonResponse(list(Room.objects.values_list("name", flat=True)), safe=False)
