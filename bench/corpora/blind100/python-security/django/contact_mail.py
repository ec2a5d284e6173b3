"""Contact and referral forms that mail the sales team."""
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.html import escape


def contact(request):
    if request.method == "POST":
        body = request.POST.get("message", "")
        # expect: xss
        mail = EmailMessage("Website enquiry", body, settings.DEFAULT_FROM_EMAIL, [settings.SALES_EMAIL])
        mail.content_subtype = "html"
        mail.send()
        return redirect("contact-thanks")
    return render(request, "contact.html")


def referral(request):
    name = request.POST.get("friend_name", "")
    html = f"<p>Your friend <b>{name}</b> thinks you will like our shop.</p>"
    # expect: xss
    msg = EmailMessage("You were referred", html, to=[request.POST["friend_email"]])
    msg.content_subtype = "html"
    msg.send(fail_silently=True)
    return redirect("home")


def quote_request(request):
    details = request.GET.get("details", "")
    # expect: xss
    email = EmailMessage("Quote request", "<h2>Quote</h2><pre>%s</pre>" % details, to=[settings.SALES_EMAIL])
    email.content_subtype = "html"
    email.send()
    return redirect("quote-thanks")


def contact_plain(request):
    body = request.POST.get("message", "")
    mail = EmailMessage("Website enquiry", body, settings.DEFAULT_FROM_EMAIL, [settings.SALES_EMAIL])
    mail.send()
    return redirect("contact-thanks")


def contact_templated(request):
    context = {"message": request.POST.get("message", ""), "sender": request.POST.get("email", "")}
    html = render_to_string("emails/enquiry.html", context)
    mail = EmailMultiAlternatives("Website enquiry", context["message"], to=[settings.SALES_EMAIL])
    mail.attach_alternative(html, "text/html")
    mail.send()
    return redirect("contact-thanks")


def referral_escaped(request):
    name = escape(request.POST.get("friend_name", ""))
    msg = EmailMessage("You were referred", f"<p>{name} recommends us.</p>", to=[settings.SALES_EMAIL])
    msg.content_subtype = "html"
    msg.send()
    return redirect("home")
