# library: Django (send_mail html_message / EmailMessage html)
"""Contact form and invitations."""
from django.core.mail import EmailMessage, send_mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape


def contact(request):
    name = request.POST["name"]
    body = request.POST["message"]
    # expect: xss
    send_mail("New contact", body, "noreply@example.com", ["support@example.com"], html_message=f"<p><b>{name}</b> wrote:</p><p>{body}</p>")
    return JsonResponse({"ok": True})


def contact_safe(request):
    ctx = {"name": request.POST["name"], "body": request.POST["message"]}
    send_mail("New contact", ctx["body"], "noreply@example.com", ["support@example.com"], html_message=render_to_string("mail/contact.html", ctx))
    return JsonResponse({"ok": True})


def invite(request):
    note = request.POST.get("note", "")
    # expect: xss
    msg = EmailMessage("You're invited", "<p>" + note + "</p>", "noreply@example.com", [request.POST["email"]])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"ok": True})


def invite_escaped(request):
    note = escape(request.POST.get("note", ""))
    msg = EmailMessage("You're invited", "<p>" + note + "</p>", "noreply@example.com", [request.POST["email"]])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"ok": True})
