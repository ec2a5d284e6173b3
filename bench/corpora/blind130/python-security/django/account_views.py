"""Sign-up, password reset and staff password views."""
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, user_passes_test
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

User = get_user_model()


def signup(request):
    if request.method == "POST":
        user = User(username=request.POST["username"], email=request.POST["email"])
        # expect: weak-password
        user.set_password(request.POST["password"])
        user.save()
        return redirect("login")
    return render(request, "accounts/signup.html")


@login_required
def change_password(request):
    if request.method == "POST":
        new_password = request.POST["new_password"]
        # expect: weak-password
        request.user.set_password(new_password)
        request.user.save()
        return redirect("profile")
    return render(request, "accounts/change_password.html")


@user_passes_test(lambda u: u.is_staff)
def staff_set_password(request, pk):
    target = get_object_or_404(User, pk=pk)
    # expect: weak-password
    target.set_password(request.POST["password"])
    target.save(update_fields=["password"])
    return redirect("staff-users")


def signup_validated(request):
    if request.method == "POST":
        user = User(username=request.POST["username"], email=request.POST["email"])
        try:
            validate_password(request.POST["password"], user=user)
        except ValidationError as exc:
            return render(request, "accounts/signup.html", {"errors": exc.messages})
        user.set_password(request.POST["password"])
        user.save()
        return redirect("login")
    return render(request, "accounts/signup.html")


@user_passes_test(lambda u: u.is_staff)
def staff_disable_login(request, pk):
    target = get_object_or_404(User, pk=pk)
    target.set_unusable_password()
    target.save(update_fields=["password"])
    return redirect("staff-users")
