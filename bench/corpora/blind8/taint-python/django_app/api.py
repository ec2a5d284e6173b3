# library: Django class-based views / ORM extra, RawSQL
"""JSON API for the booking dashboard."""
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Booking

SORTS = {"date": "start_date", "-date": "-start_date", "ref": "ref"}


class BookingList(View):
    def get(self, request):
        qs = Booking.objects.filter(user=request.user)
        status = request.GET.get("status")
        if status:
            qs = qs.filter(status=status)
        qs = qs.order_by(SORTS.get(request.GET.get("sort", "date"), "start_date"))
        return JsonResponse({"items": list(qs.values("id", "ref", "status"))})


class BookingSearch(View):
    def get(self, request):
        term = request.GET.get("term", "")
        # expect: sql-injection
        qs = Booking.objects.extra(where=["notes ILIKE '%%" + term + "%%'"])
        return JsonResponse({"items": list(qs.values("id", "ref"))})


class BookingSearchSafe(View):
    def get(self, request):
        term = request.GET.get("term", "")
        qs = Booking.objects.filter(Q(notes__icontains=term) | Q(ref__icontains=term))
        return JsonResponse({"items": list(qs.values("id", "ref"))})


class BookingRanked(View):
    def get(self, request):
        boost = request.GET.get("boost", "1")
        # expect: sql-injection
        qs = Booking.objects.annotate(rank=RawSQL("priority * " + boost, []))
        return JsonResponse({"items": list(qs.values("id", "rank"))})


class BookingRankedSafe(View):
    def get(self, request):
        boost = float(request.GET.get("boost", "1"))
        qs = Booking.objects.annotate(rank=RawSQL("priority * %s", [boost]))
        return JsonResponse({"items": list(qs.values("id", "rank"))})


class BookingRaw(View):
    def get(self, request, ref):
        # expect: sql-injection
        items = Booking.objects.raw(f"SELECT * FROM booking_booking WHERE ref = '{ref}'")
        return JsonResponse({"ids": [b.id for b in items]})
