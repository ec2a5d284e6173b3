"""Profile and order endpoints (Django + DRF)."""
import json

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Address, Order, Profile


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = ["display_name", "bio", "avatar_url"]


@api_view(["POST"])
def create_order(request):
    # expect: mass-assignment
    order = Order.objects.create(**request.data)
    return Response({"id": order.pk}, status=201)


def create_address(request):
    # expect: mass-assignment
    address = Address.objects.create(user=request.user, **request.POST.dict())
    return JsonResponse({"id": address.pk})


@api_view(["PATCH"])
def update_profile(request, pk):
    profile = get_object_or_404(Profile, pk=pk, user=request.user)
    payload = request.data
    for field, value in payload.items():
        # expect: mass-assignment
        setattr(profile, field, value)
    profile.save()
    return Response({"ok": True})


def import_profile(request):
    data = json.loads(request.body)
    # expect: mass-assignment
    Profile.objects.filter(user=request.user).update(**data)
    return JsonResponse({"ok": True})


@api_view(["PUT"])
def replace_profile(request, pk):
    profile = get_object_or_404(Profile, pk=pk, user=request.user)
    serializer = ProfileSerializer(profile, data=request.data)
    serializer.is_valid(raise_exception=True)
    serializer.save()
    return Response(serializer.data)


@api_view(["POST"])
def add_address(request):
    address = Address.objects.create(
        user=request.user,
        line1=request.data["line1"],
        city=request.data["city"],
        postcode=request.data.get("postcode", ""),
    )
    return Response({"id": address.pk}, status=201)
