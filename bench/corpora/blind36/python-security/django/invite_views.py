"""Invitations sent by members to their friends."""
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.mail import send_mail as deliver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import escape
from django.views import View


def invite(request):
    send_mail(
        "You are invited",
        request.POST.get("message", ""),
        "noreply@example.com",
        [request.POST["email"]],
        # expect: xss
        html_message=request.POST.get("message"),
    )
    return HttpResponse("sent")


def invite_with_note(request):
    name = request.POST["name"]
    note = request.POST.get("note", "")
    html = f"<p>{name} invited you:</p>"
    html += f"<blockquote>{note}</blockquote>"
    # expect: xss
    deliver("Invitation", note, "noreply@example.com", [request.POST["email"]], html_message=html)
    return HttpResponse("sent")


class ShareView(View):
    def post(self, request):
        body = "<p>%s shared a list with you</p>" % request.POST["sender"]
        msg = EmailMultiAlternatives("Shared list", "Open the app to see it.", "noreply@example.com", [request.POST["to"]])
        # expect: xss
        msg.attach_alternative(body, "text/html")
        msg.send()
        return HttpResponse("shared")


def reminder(request):
    # expect: xss
    mail.send_mail("Reminder", "see html", "noreply@example.com", [request.user.email], html_message="<b>%s</b>" % request.GET["topic"])
    return HttpResponse("ok")


def invite_safe(request):
    html = render_to_string("emails/invite.html", {"message": request.POST.get("message", "")})
    send_mail("You are invited", "", "noreply@example.com", [request.POST["email"]], html_message=html)
    return HttpResponse("sent")


def invite_escaped(request):
    html = "<p>%s invited you</p>" % escape(request.POST["name"])
    send_mail("Invitation", "", "noreply@example.com", [request.POST["email"]], html_message=html)
    return HttpResponse("sent")
