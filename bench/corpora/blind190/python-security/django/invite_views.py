"""Staff invitations: create the account now, let the invitee choose a password later."""
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.tokens import default_token_generator
from django.shortcuts import redirect, render

from .forms import AcceptInviteForm, InviteForm
from .mail import send_invite

User = get_user_model()


@permission_required("auth.add_user")
def invite(request):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = User(username=form.cleaned_data["email"], email=form.cleaned_data["email"], is_active=True)
        # expect: empty-password
        user.set_password("")
        user.save()
        send_invite(user, default_token_generator.make_token(user))
        return redirect("staff:list")
    return render(request, "staff/invite.html", {"form": form})


@permission_required("auth.add_user")
def invite_contractor(request):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = User(username=form.cleaned_data["email"], email=form.cleaned_data["email"])
        user.set_unusable_password()
        user.save()
        send_invite(user, default_token_generator.make_token(user))
        return redirect("staff:list")
    return render(request, "staff/invite.html", {"form": form})


def accept_invite(request, uid, token):
    user = User.objects.get(pk=uid)
    form = AcceptInviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and default_token_generator.check_token(user, token):
        user.set_password(form.cleaned_data["password1"])
        user.save()
        return redirect("login")
    return render(request, "staff/accept.html", {"form": form})


def reset_kiosk_account(kiosk_user):
    """Kiosk accounts are reset every night; they log in with the badge reader."""
    initial = ""
    # expect: empty-password
    kiosk_user.set_password(initial)
    kiosk_user.last_login = None
    kiosk_user.save()
