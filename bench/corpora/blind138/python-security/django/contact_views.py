"""Contact and share-by-email forms."""
from django.core.mail import EmailMessage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import escape


def contact(request):
    body = request.POST.get("message")
    # expect: xss
    email = EmailMessage("Contact form", body, to=["support@example.com"])
    email.content_subtype = "html"
    email.send()
    return HttpResponse("sent")


def share(request):
    note = request.POST.get("note")
    html = "<p>%s shared a page with you:</p>" % note
    # expect: xss
    msg = EmailMessage("A page was shared with you", html, to=[request.POST["to"]])
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("shared")


def invite(request):
    name = request.POST.get("name")
    # expect: xss
    msg = EmailMessage("Invitation", f"<h2>{name} invited you</h2>", to=[request.POST["email"]])
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("invited")


def contact_escaped(request):
    body = "<p>%s</p>" % escape(request.POST.get("message", ""))
    email = EmailMessage("Contact form", body, to=["support@example.com"])
    email.content_subtype = "html"
    email.send()
    return HttpResponse("sent")


def contact_template(request):
    body = render_to_string("mail/contact.html", {"message": request.POST.get("message", "")})
    email = EmailMessage("Contact form", body, to=["support@example.com"])
    email.content_subtype = "html"
    email.send()
    return HttpResponse("sent")


def contact_text(request):
    EmailMessage("Contact form", request.POST.get("message", ""), to=["support@example.com"]).send()
    return HttpResponse("sent")
