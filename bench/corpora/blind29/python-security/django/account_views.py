"""Profile and address views of the account area."""
import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from .forms import ProfileForm
from .models import Address, Customer, Profile

EDITABLE = ("display_name", "bio", "timezone")


@login_required
def create_customer(request):
    # expect: mass-assignment
    customer = Customer.objects.create(**request.POST.dict())
    return redirect("customer-detail", pk=customer.pk)


@login_required
def create_address(request):
    data = json.loads(request.body)
    # expect: mass-assignment
    address = Address.objects.create(user=request.user, **data)
    return JsonResponse({"id": address.pk})


@login_required
def update_profile(request, pk):
    # expect: mass-assignment
    Profile.objects.filter(pk=pk, user=request.user).update(**request.POST.dict())
    return redirect("profile")


class ProfileApi(View):
    def post(self, request):
        profile = get_object_or_404(Profile, user=request.user)
        for field, value in json.loads(request.body).items():
            # expect: mass-assignment
            setattr(profile, field, value)
        profile.save()
        return JsonResponse({"ok": True})


@login_required
def edit_profile(request):
    profile = get_object_or_404(Profile, user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if form.is_valid():
        form.save()
        return redirect("profile")
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
def update_profile_fields(request):
    changes = {k: v for k, v in request.POST.items() if k in EDITABLE}
    Profile.objects.filter(user=request.user).update(**changes)
    return redirect("profile")


@login_required
def create_address_explicit(request):
    Address.objects.create(
        user=request.user,
        street=request.POST["street"],
        city=request.POST["city"],
        postcode=request.POST["postcode"],
    )
    return redirect("addresses")
