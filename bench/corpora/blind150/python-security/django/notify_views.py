"""Views that send notification e-mails from the support desk."""
import logging

from django.contrib.auth.decorators import login_required
from django.core.mail import EmailMessage, EmailMultiAlternatives, send_mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape

log = logging.getLogger(__name__)
FROM = "support@example.com"


@login_required
def send_reply(request):
    body = request.POST.get("body", "")
    # expect: xss
    msg = EmailMessage("Re: your ticket", body, FROM, [request.POST["to"]])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@login_required
def send_invite(request):
    note = request.POST.get("note", "")
    html = "<p>You were invited by %s</p><blockquote>%s</blockquote>" % (request.user.email, note)
    msg = EmailMultiAlternatives("Invitation", "You were invited.", FROM, [request.POST["to"]])
    # expect: xss
    msg.attach_alternative(html, "text/html")
    msg.send()
    return JsonResponse({"sent": True})


@login_required
def send_escalation(request):
    summary = request.GET.get("summary", "")
    # expect: xss
    email = EmailMessage("Escalation", f"<h2>Escalated</h2><p>{summary}</p>", FROM, ["oncall@example.com"])
    email.content_subtype = "html"
    email.send()
    return JsonResponse({"sent": True})


@login_required
def send_reply_safe(request):
    body = escape(request.POST.get("body", ""))
    msg = EmailMessage("Re: your ticket", f"<p>{body}</p>", FROM, [request.POST["to"]])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@login_required
def send_templated(request):
    context = {"note": request.POST.get("note", ""), "sender": request.user.email}
    html = render_to_string("emails/invite.html", context)
    msg = EmailMultiAlternatives("Invitation", "You were invited.", FROM, [request.POST["to"]])
    msg.attach_alternative(html, "text/html")
    msg.send()
    return JsonResponse({"sent": True})


@login_required
def send_plain(request):
    send_mail("Ticket update", request.POST.get("body", ""), FROM, [request.POST["to"]])
    log.info("plain mail sent by %s", request.user.pk)
    return JsonResponse({"sent": True})
