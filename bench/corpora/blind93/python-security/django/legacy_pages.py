"""Pages ported from the old CGI site; kept until the redesign ships."""
from django.shortcuts import render
from django.template import Context, Template, engines

from .models import Announcement

SITE_NAME = "Riverside Library"
OPENING_HOURS = {"mon": "9-17", "sat": "10-14"}


def about(request):
    # expect: code-injection
    return render(request, "legacy/about.html", globals())


def hours(request):
    ctx = globals()
    ctx["now"] = request.GET.get("day", "mon")
    # expect: code-injection
    return render(request, "legacy/hours.html", ctx)


def banner(request):
    tpl = Template("<div class='banner'>{{ SITE_NAME }}</div>")
    # expect: code-injection
    return tpl.render(Context(globals()))


def news(request):
    items = Announcement.objects.filter(published=True)[:10]
    return render(request, "legacy/news.html", {"items": items, "site_name": SITE_NAME})


def footer(request):
    tpl = engines["django"].from_string("<footer>{{ site }}</footer>")
    return tpl.render({"site": SITE_NAME}, request)
