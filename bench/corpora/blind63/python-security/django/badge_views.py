"""Embeddable badges and small HTML fragments for partner sites."""
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.views import View

BADGE = "<span class='badge badge-{}'>{}</span>"
ROW = "<table class='stats'><tr><td>%s</td><td>%s</td></tr></table>"


def greeting(request):
    # expect: xss
    return HttpResponse("<h1>Welcome back, %s!</h1>" % request.GET.get("name", "guest"))


def badge(request):
    color = request.GET.get("color", "blue")
    label = request.GET.get("label", "member")
    # expect: xss
    return HttpResponse(BADGE.format(color, label))


def search_summary(request):
    query = request.GET["q"]
    # expect: xss
    html = f"<p class='summary'>Results for <b>{query}</b></p>"
    return HttpResponse(html)


class CommentPreview(View):
    def post(self, request):
        author = request.POST.get("author")
        body = request.POST.get("body")
        # expect: xss
        fragment = "<div class='comment'><h4>{}</h4><p>{}</p></div>".format(author, body)
        return HttpResponse(fragment)


def stats_row(request):
    # expect: xss
    row = ROW % (request.GET.get("metric"), request.GET.get("value"))
    return HttpResponse(row)


def safe_badge(request):
    return HttpResponse(format_html(BADGE, request.GET.get("color", "blue"), request.GET.get("label", "member")))


def safe_greeting(request):
    return HttpResponse("<h1>Welcome back, %s!</h1>" % escape(request.GET.get("name", "guest")))


def profile_card(request):
    return render(request, "badges/card.html", {"name": request.GET.get("name", "")})
