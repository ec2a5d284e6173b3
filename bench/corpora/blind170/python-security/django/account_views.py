"""Password management views for the customer area."""
import secrets

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from .forms import ChangePasswordForm, SetInitialPasswordForm
from .mail import send_temporary_password
from .models import Customer


@login_required
def change_password(request):
    form = ChangePasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        new_password = form.cleaned_data["new_password"]
        try:
            validate_password(new_password, user=request.user)
        except ValidationError as exc:
            form.add_error("new_password", exc)
            return render(request, "account/change_password.html", {"form": form})
        request.user.set_password(new_password)
        request.user.save()
        update_session_auth_hash(request, request.user)
        messages.success(request, "Password changed.")
        return redirect("account:home")
    return render(request, "account/change_password.html", {"form": form})


def set_initial_password(request, token):
    customer = Customer.objects.get(activation_token=token, is_active=False)
    form = SetInitialPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # "1234" or the customer's own e-mail address is accepted here
        # expect: weak-password
        customer.user.set_password(form.cleaned_data["password"])
        customer.user.save()
        customer.is_active = True
        customer.save()
        return redirect("login")
    return render(request, "account/set_password.html", {"form": form})


def api_change_password(request):
    data = request.POST
    user = request.user
    if not user.check_password(data.get("old", "")):
        return render(request, "account/error.html", status=403)
    # expect: weak-password
    user.set_password(data["new"])
    user.save()
    return redirect("account:home")


def reset_by_support(request, customer_id):
    customer = Customer.objects.get(pk=customer_id)
    temporary = secrets.token_urlsafe(12)
    customer.user.set_password(temporary)
    customer.user.must_change_password = True
    customer.user.save()
    send_temporary_password(customer, temporary)
    return redirect("support:customer", customer_id=customer_id)


def deactivate(request):
    request.user.set_unusable_password()
    request.user.save()
    return redirect("goodbye")
