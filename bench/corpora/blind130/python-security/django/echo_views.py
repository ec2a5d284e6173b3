"""Small helper views of the support site: greetings, search echo, tag errors."""
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape, format_html

from .models import Article, Tag


def greet(request):
    name = request.GET.get("name", "friend")
    # expect: xss
    return HttpResponse("<p>Hello " + name + ", welcome back!</p>")


def greet_safe(request):
    name = request.GET.get("name", "friend")
    return HttpResponse(format_html("<p>Hello {}, welcome back!</p>", name))


def search(request):
    query = request.GET.get("q", "")
    hits = Article.objects.filter(title__icontains=query)[:20]
    if not hits:
        # expect: xss
        return HttpResponse(f"<p>No articles match <b>{request.GET.get('q')}</b>.</p>", status=404)
    return HttpResponse("<ul>" + "".join(format_html("<li>{}</li>", a.title) for a in hits) + "</ul>")


def search_escaped(request):
    query = request.GET.get("q", "")
    return HttpResponse("<p>Searching for %s ...</p>" % escape(query))


def add_tag(request):
    if request.method != "POST":
        return HttpResponse(status=405)
    label = request.POST["tag"]
    if Tag.objects.filter(label=label).exists():
        # expect: xss
        return HttpResponse("<p>The tag %s already exists.</p>" % request.POST["tag"], status=409)
    Tag.objects.create(label=label)
    return JsonResponse({"created": label})


def tag_count(request):
    return HttpResponse(str(Tag.objects.count()), content_type="text/plain")
