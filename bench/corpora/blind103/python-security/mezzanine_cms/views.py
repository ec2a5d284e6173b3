from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, HttpResponseNotFound
from django.shortcuts import redirect, render

from .html import richtext_filters, richtext_filters_always
from .models import BlogPost, search_displayables, search_keywords
from .proxy import fetch_media_url, fetch_static
from .utils import is_local, login_redirect, next_url


def set_device(request, device=""):
    response = redirect(next_url(request) or "/")
    response.set_cookie("mezzanine-device", device if device in ("mobile", "desktop") else "", max_age=60 * 60 * 24 * 365)
    return response


def search(request, template="search_results.html"):
    query = request.GET.get("q", "")
    search_type = request.GET.get("type", "")
    results = search_displayables(query, search_type)
    keywords = search_keywords(query)
    return render(request, template, {"query": query, "results": results, "keywords": keywords})


def login_done(request):
    target = login_redirect(request)
    # expect: open-redirect
    return redirect(target)


def logout_done(request):
    target = request.GET.get("next", "/")
    return redirect(target if is_local(target) else "/")


@staff_member_required
def static_proxy(request):
    url = request.GET.get("u", "")
    content = fetch_static(url) if request.GET.get("strict") else fetch_media_url(url)
    if content is None:
        return HttpResponseNotFound()
    return HttpResponse(content, content_type="text/css")


def blog_post_preview(request, slug):
    post = BlogPost.objects.get(slug=slug)
    content = request.GET.get("content", post.content)
    filtered = request.GET.get("filters", "1") != "0"
    return HttpResponse(richtext_filters(content, filtered) + richtext_filters_always(post.content))
