"""Small HTML fragments loaded by the blog's tag cloud and search box (htmx)."""
from django.http import HttpResponse
from django.utils.html import escape, format_html, format_html_join
from django.views.decorators.http import require_GET, require_POST

from .models import Post, Tag


@require_GET
def tag_chip(request):
    tag = request.GET.get("tag", "")
    post_count = Post.objects.filter(tags__name=tag).count()
    # expect: xss
    return HttpResponse("<span class='chip'>%s <small>%d</small></span>" % (tag, post_count))


@require_GET
def empty_results(request):
    q = request.GET.get("q", "")
    # expect: xss
    html = "<p class='empty'>No posts match <b>{}</b>. <a href='/blog/'>Back</a></p>".format(q)
    return HttpResponse(html)


@require_GET
def results(request):
    q = request.GET.get("q", "")
    posts = Post.objects.filter(title__icontains=q)[:10]
    if not posts:
        return HttpResponse(format_html("<p class='empty'>No posts match <b>{}</b>.</p>", q))
    items = format_html_join("", "<li><a href='{}'>{}</a></li>", ((p.get_absolute_url(), p.title) for p in posts))
    return HttpResponse(format_html("<ul class='results'>{}</ul>", items))


@require_GET
def tag_cloud(request):
    tags = Tag.objects.order_by("name")
    parts = ["<a class='tag' href='/blog/tag/%s/'>%s</a>" % (escape(t.slug), escape(t.name)) for t in tags]
    return HttpResponse("<div class='cloud'>%s</div>" % "".join(parts))


@require_POST
def preview_title(request):
    title = escape(request.POST.get("title", ""))
    return HttpResponse(f"<h1 class='preview'>{title}</h1>")


@require_GET
def counter(request):
    total = Post.objects.published().count()
    return HttpResponse("<span id='post-count'>%d posts</span>" % total)
