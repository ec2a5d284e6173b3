"""Blog views."""

from __future__ import annotations

from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .models import Comment, Post

ORDERINGS = {"new": "-published", "old": "published", "top": "-score"}


def search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    posts = Post.objects.raw("SELECT * FROM blog_post WHERE title LIKE '%%" + term + "%%'")
    return render(request, "blog/search.html", {"posts": posts, "q": term})


def search_safe(request):
    term = request.GET.get("q", "")
    posts = Post.objects.raw("SELECT * FROM blog_post WHERE title LIKE %s", [f"%{term}%"])
    return render(request, "blog/search.html", {"posts": posts, "q": term})


def ranked(request):
    weight = request.GET.get("w", "1")
    # expect: sql-injection
    qs = Post.objects.annotate(rank=RawSQL(f"score * {weight}", []))
    return JsonResponse({"ids": list(qs.values_list("id", flat=True)[:20])})


def by_tag(request, tag):
    # expect: sql-injection
    qs = Post.objects.extra(where=["tags @> ARRAY['%s']" % tag])
    return render(request, "blog/list.html", {"posts": qs})


def ordered(request):
    order = ORDERINGS.get(request.GET.get("o"), "-published")
    return render(request, "blog/list.html", {"posts": Post.objects.order_by(order)})


def stats(request):
    author = request.GET["author"]
    with connection.cursor() as cur:
        sql = "SELECT count(*) FROM blog_post WHERE author_id = {}".format(author)
        # expect: sql-injection
        cur.execute(sql)
        (count,) = cur.fetchone()
    return JsonResponse({"count": count})


def preview(request):
    body = request.POST.get("body", "")
    # expect: xss
    return HttpResponse(mark_safe("<div class='preview'>" + body + "</div>"))


def preview_escaped(request):
    body = request.POST.get("body", "")
    return HttpResponse("<div class='preview'>" + escape(body) + "</div>")


def after_comment(request, post_id):
    Comment.objects.create(post_id=post_id, body=request.POST["body"])
    Post.objects.filter(pk=post_id).update(comments=F("comments") + 1)
    back = request.POST.get("back", "/")
    # expect: open-redirect
    return HttpResponseRedirect(back)


def after_comment_checked(request, post_id):
    back = request.POST.get("back", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=True):
        back = "/"
    return redirect(back)
