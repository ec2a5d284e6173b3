"""Contact and feedback forms; mails go to the support inbox."""
from django.core.mail import EmailMessage
from django.core import mail
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import escape

SUPPORT = ["support@example.com"]


def contact(request):
    # expect: xss
    msg = EmailMessage("Contact form", request.POST.get("message"), to=SUPPORT)
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("sent")


def feedback(request):
    comment = request.POST["comment"]
    body = f"<p>New feedback:</p><blockquote>{comment}</blockquote>"
    # expect: xss
    email = EmailMessage("Feedback", body, "noreply@example.com", SUPPORT)
    email.content_subtype = "html"
    email.send(fail_silently=True)
    return HttpResponse("thanks")


def report_bug(request):
    details = request.POST.get("details", "")
    email = mail.EmailMessage(
        "Bug report",
        # expect: xss
        "<h3>Bug</h3><pre>%s</pre>" % details,
        to=SUPPORT,
    )
    email.content_subtype = "html"
    email.send()
    return HttpResponse("filed")


def share(request):
    note = request.GET.get("note")
    # expect: xss
    message = EmailMessage("Shared with you", "<p>{}</p>".format(note), to=[request.user.email])
    message.content_subtype = "html"
    message.send()
    return HttpResponse("shared")


def contact_templated(request):
    html = render_to_string("emails/contact.html", {"message": request.POST.get("message")})
    msg = EmailMessage("Contact form", html, to=SUPPORT)
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("sent")


def contact_escaped(request):
    msg = EmailMessage("Contact form", "<p>%s</p>" % escape(request.POST.get("message", "")), to=SUPPORT)
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("sent")


def contact_plain(request):
    EmailMessage("Contact form", request.POST.get("message", ""), to=SUPPORT).send()
    return HttpResponse("sent")
