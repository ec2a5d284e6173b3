"""Simple search with a 'did you mean' line."""
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def suggestion_line(query, suggestion):
    if suggestion:
        return format_html('Did you mean <a href="?q={0}">{0}</a>?', suggestion)
    # expect: xss
    return mark_safe(f"No results for <em>{query}</em>.")


def simple_search(request):
    q = request.GET.get("q", "")
    product = request.GET.get("product") or "firefox"
    suggestion = None if len(q) > 3 else q.strip().lower()
    heading = format_html("<h1>{} ({})</h1>", q, product)
    return HttpResponse(heading + suggestion_line(q, suggestion))
