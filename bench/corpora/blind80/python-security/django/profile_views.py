"""Small public endpoints of the community site."""
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html

from .models import Member


def welcome(request):
    # expect: xss
    return HttpResponse("<h1>Welcome, %s</h1>" % request.GET.get("name", "guest"))


def search_echo(request):
    term = request.GET.get("q", "")
    # expect: xss
    return HttpResponse(f"<p>No members match <b>{term}</b>.</p>")


def unsubscribe(request):
    email = request.POST.get("email")
    message = "You will no longer receive mail at {}.".format(email)
    Member.objects.filter(email=email).update(subscribed=False)
    # expect: xss
    return HttpResponse(message)


def referrer_note(request):
    ref = request.META["HTTP_REFERER"]
    note = "<small>You came from " + ref + "</small>"
    # expect: xss
    return HttpResponse(note)


def calendar(request):
    # expect: xss
    return HttpResponse(request.GET.get("month", ""), content_type="text/html")


def safe_welcome(request):
    return HttpResponse("<h1>Welcome, %s</h1>" % escape(request.GET.get("name", "guest")))


def safe_search(request):
    return HttpResponse(format_html("<p>No members match <b>{}</b>.</p>", request.GET.get("q", "")))


def member_page(request, slug):
    return render(request, "members/detail.html", {"member": Member.objects.get(slug=slug), "q": request.GET.get("q")})
