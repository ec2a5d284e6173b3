"""Contact form, share-by-mail and support replies sent as HTML e-mail."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.core import mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape
from django.views.decorators.http import require_POST

SUPPORT_INBOX = "support@example.com"


@require_POST
def contact(request):
    # expect: xss
    msg = EmailMessage("Contact form", request.POST.get("message", ""), settings.DEFAULT_FROM_EMAIL, [SUPPORT_INBOX])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def share_item(request, item_id):
    note = request.POST["note"]
    body = f"<p>{request.user.get_full_name()} shared item #{item_id} with you:</p><blockquote>{note}</blockquote>"
    email = EmailMessage(
        subject="Someone shared an item",
        # expect: xss
        body=body,
        to=[request.POST["recipient"]],
    )
    email.content_subtype = "html"
    email.send(fail_silently=False)
    return JsonResponse({"sent": True})


@require_POST
def support_reply(request, ticket_id):
    reply = request.POST.get("reply")
    html = "<div class='reply'>%s</div><hr><small>Ticket %s</small>" % (reply, ticket_id)
    # expect: xss
    message = mail.EmailMessage("Re: your ticket", html, SUPPORT_INBOX, [request.POST.get("customer")])
    message.content_subtype = "html"
    message.send()
    return JsonResponse({"sent": True})


def invite(request):
    invitee = request.GET.get("name", "friend")
    message = EmailMessage(
        "You are invited",
        # expect: xss
        "<h1>Hello {}</h1><p>Join us on the board.</p>".format(invitee),
        SUPPORT_INBOX,
        [request.GET["email"]],
    )
    message.content_subtype = "html"
    return JsonResponse({"sent": message.send()})


@require_POST
def contact_templated(request):
    html = render_to_string("emails/contact.html", {"message": request.POST.get("message", "")})
    msg = EmailMessage("Contact form", html, settings.DEFAULT_FROM_EMAIL, [SUPPORT_INBOX])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def contact_escaped(request):
    body = "<p>%s</p>" % escape(request.POST.get("message", ""))
    msg = EmailMessage("Contact form", body, settings.DEFAULT_FROM_EMAIL, [SUPPORT_INBOX])
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def contact_plain(request):
    msg = EmailMessage("Contact form", request.POST.get("message", ""), settings.DEFAULT_FROM_EMAIL, [SUPPORT_INBOX])
    msg.send()
    return JsonResponse({"sent": True})
