"""Profile, address and ticket endpoints of the customer portal (Django + DRF)."""
import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .forms import AddressForm
from .models import Address, Profile, Ticket
from .serializers import ProfileUpdateSerializer


@login_required
@require_POST
def open_ticket(request):
    # expect: mass-assignment
    ticket = Ticket.objects.create(**request.POST)
    return JsonResponse({"id": ticket.id})


@api_view(["PATCH"])
def update_profile(request):
    profile = Profile.objects.get(user=request.user)
    # expect: mass-assignment
    profile.update(**request.data)
    profile.save()
    return Response({"ok": True})


@login_required
@require_POST
def add_address(request):
    data = json.loads(request.body)
    # expect: mass-assignment
    address = Address.objects.create(user=request.user, **data)
    return JsonResponse({"id": address.id})


@login_required
@require_POST
def add_address_form(request):
    form = AddressForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    address = Address.objects.create(user=request.user, **form.cleaned_data)
    return JsonResponse({"id": address.id})


@api_view(["PUT"])
def replace_profile(request):
    profile = Profile.objects.get(user=request.user)
    serializer = ProfileUpdateSerializer(profile, data=request.data)
    serializer.is_valid(raise_exception=True)
    serializer.save()
    return Response(serializer.data)


@login_required
@require_POST
def rename_ticket(request, pk):
    ticket = Ticket.objects.get(pk=pk, owner=request.user)
    ticket.subject = request.POST["subject"][:200]
    ticket.save(update_fields=["subject"])
    return JsonResponse({"ok": True})
