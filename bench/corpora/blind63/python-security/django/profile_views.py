"""Profile and address book views."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.generic import View

from .forms import AddressForm, NewsletterForm, ProfileForm
from .models import Address


@login_required
def edit_profile(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        # expect: input-validation
        profile.display_name = request.POST["display_name"].strip()
        profile.save()
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def add_address(request):
    form = AddressForm(request.POST)
    if form.is_valid():
        address = Address(user=request.user, **form.cleaned_data)
        # expect: input-validation
        address.postcode = request.POST.get("postcode", "").upper()
        address.save()
        return redirect("address-book")
    return render(request, "accounts/address_form.html", {"form": form})


def subscribe(request, list_id):
    form = NewsletterForm(data=request.POST)
    if not form.is_valid():
        return render(request, "newsletter/subscribe.html", {"form": form})
    email = form.cleaned_data["email"]
    return redirect("newsletter-thanks", list_id=list_id, email=email)


class ChangeEmailView(View):
    def post(self, request):
        form = ProfileForm(request.POST, instance=request.user.profile)
        if form.is_valid():
            # expect: input-validation
            new_email = request.POST.get("email")
            request.user.email = new_email
            request.user.save(update_fields=["email"])
            return redirect("profile")
        return render(request, "accounts/email.html", {"form": form})


@login_required
def rename_address(request, pk):
    address = Address.objects.get(pk=pk, user=request.user)
    form = AddressForm(request.POST, instance=address)
    if form.is_valid():
        if form.cleaned_data["label"]:
            # expect: input-validation
            address.label = request.POST["label"]
        address.save()
    return redirect("address-book")


@login_required
def update_phone(request):
    form = ProfileForm(request.POST, instance=request.user.profile)
    if form.is_valid():
        form.instance.phone = form.cleaned_data["phone"]
        form.save()
    return redirect("profile")
