"""Contact form and share-by-email views."""
from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils.html import escape


def contact(request):
    if request.method == "POST":
        send_mail(
            "New contact request",
            request.POST["message"],
            settings.DEFAULT_FROM_EMAIL,
            [settings.SUPPORT_EMAIL],
            # expect: xss
            html_message=request.POST["message"],
        )
    return HttpResponseRedirect("/thanks/")


def share_article(request, slug):
    note = request.POST.get("note", "")
    recipient = request.POST.get("to")
    html = "<p>A friend shared an article with you:</p><blockquote>%s</blockquote>" % note
    # expect: xss
    send_mail("Article for you", note, settings.DEFAULT_FROM_EMAIL, [recipient], html_message=html)
    return HttpResponseRedirect(f"/articles/{slug}/")


def invite(request):
    name = request.POST.get("name")
    # expect: xss
    mail.send_mail("You're invited", f"{name} invited you", settings.DEFAULT_FROM_EMAIL, [request.POST["email"]], html_message=f"<h1>{name} invited you</h1>")
    return HttpResponseRedirect("/team/")


def feedback(request):
    context = {"message": request.POST.get("message", ""), "user": request.user}
    send_mail(
        "Feedback",
        context["message"],
        settings.DEFAULT_FROM_EMAIL,
        [settings.SUPPORT_EMAIL],
        html_message=render_to_string("emails/feedback.html", context),
    )
    return HttpResponseRedirect("/thanks/")


def quote_request(request):
    company = request.POST["company"]
    body = "<p>Quote request from <b>" + company + "</b></p>"
    msg = EmailMultiAlternatives("Quote request", company, settings.DEFAULT_FROM_EMAIL, [settings.SALES_EMAIL])
    # expect: xss
    msg.attach_alternative(body, "text/html")
    msg.send()
    return HttpResponseRedirect("/thanks/")


def callback(request):
    phone = escape(request.POST.get("phone", ""))
    send_mail("Callback", phone, settings.DEFAULT_FROM_EMAIL, [settings.SALES_EMAIL], html_message=f"<p>Call {phone}</p>")
    return HttpResponseRedirect("/thanks/")
