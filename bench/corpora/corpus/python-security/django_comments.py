"""Comment widgets (Django)."""
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from .models import Comment

SPINNER = mark_safe('<span class="spinner" aria-hidden="true"></span>')


def comment_list(request):
    comments = Comment.objects.filter(approved=True)
    items = format_html_join("", "<li>{}</li>", ((c.body,) for c in comments))
    return HttpResponse(format_html("<ul>{}</ul>", items))


def comment_detail(request, pk):
    c = Comment.objects.get(pk=pk)
    # expect: xss
    body = mark_safe(c.body)
    return render(request, "comment.html", {"body": body})


def highlight(request):
    term = request.GET.get("term", "")
    # expect: xss
    return HttpResponse("<mark>%s</mark>" % term)


def highlight_safe(request):
    term = request.GET.get("term", "")
    return HttpResponse("<mark>%s</mark>" % escape(term))


def author_badge(author) -> str:
    return format_html('<a class="badge" href="/u/{}">{}</a>', author.pk, author.username)


def author_badge_unsafe(author) -> str:
    # expect: xss
    return mark_safe('<a class="badge" href="/u/%s">%s</a>' % (author.pk, author.username))


def loading(request):
    return HttpResponse(SPINNER)


def preview(request):
    text = request.POST.get("text", "")
    return render(request, "preview.html", {"text": text})


def signature(request):
    sig = request.GET.get("sig", "")
    html = format_html("<em>{}</em>", sig)
    return HttpResponse(html)


def status_line(request):
    status = request.GET.get("status", "")
    # expect: xss
    return HttpResponse(f"<div class='status'>{status}</div>")


def empty(request):
    return HttpResponse(mark_safe("&nbsp;"))
