# library: Django templates (Context autoescape)
"""Renders user-authored announcement snippets."""
from django.http import HttpResponse
from django.shortcuts import render
from django.template import Context, Engine, Template

from .models import Announcement

text_engine = Engine(dirs=["templates/text"], autoescape=False)


def announcement(request, pk):
    item = Announcement.objects.get(pk=pk)
    tpl = Template("<h1>{{ title }}</h1><div>{{ body }}</div>")
    # expect: xss
    return HttpResponse(tpl.render(Context({"title": item.title, "body": item.body}, autoescape=False)))


def announcement_safe(request, pk):
    item = Announcement.objects.get(pk=pk)
    tpl = Template("<h1>{{ title }}</h1><div>{{ body }}</div>")
    return HttpResponse(tpl.render(Context({"title": item.title, "body": item.body})))


def preview(request):
    tpl = Template("<div class='preview'>{{ text }}</div>")
    # expect: xss
    ctx = Context({"text": request.POST["text"]}, autoescape=False)
    return HttpResponse(tpl.render(ctx))


def announcement_list(request):
    return render(request, "announcements/list.html", {"items": Announcement.objects.all()})


def announcement_plaintext(request, pk):
    item = Announcement.objects.get(pk=pk)
    body = text_engine.get_template("announcement.txt").render(Context({"item": item}))
    return HttpResponse(body, content_type="text/plain")
