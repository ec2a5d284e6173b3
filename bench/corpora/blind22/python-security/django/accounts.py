"""Account management: sign-up, password reset and notification e-mails."""
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.mail import EmailMultiAlternatives, send_mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape

User = get_user_model()


def signup(request):
    user = User(username=request.POST["username"], email=request.POST["email"])
    password = request.POST["password"]
    validate_password(password, user=user)
    user.set_password(password)
    user.save()
    return JsonResponse({"id": user.id})


def admin_reset(request, user_id):
    user = User.objects.get(pk=user_id)
    new_pw = request.POST.get("new_password", "")
    # expect: unvalidated-password
    user.set_password(new_pw)
    user.save()
    return JsonResponse({"ok": True})


def create_service_account(name):
    account = User(username=name)
    # expect: empty-password
    account.set_password("")
    account.save()
    robot = User(username=f"{name}-robot")
    robot.set_unusable_password()
    robot.save()
    return account


def invite(request):
    note = request.POST.get("note", "")
    to = request.POST["email"]
    # expect: xss
    send_mail("You are invited", note, "noreply@example.com", [to], html_message=f"<p>{note}</p>")
    send_mail("You are invited", note, "noreply@example.com", [to], html_message=render_to_string("invite.html", {"note": note}))
    return JsonResponse({"ok": True})


def share(request):
    comment = request.POST.get("comment", "")
    msg = EmailMultiAlternatives("Shared with you", comment, "noreply@example.com", [request.POST["to"]])
    # expect: xss
    msg.attach_alternative("<blockquote>" + comment + "</blockquote>", "text/html")
    msg.attach_alternative("<blockquote>" + escape(comment) + "</blockquote>", "text/html")
    msg.send()
    return JsonResponse({"ok": True})
