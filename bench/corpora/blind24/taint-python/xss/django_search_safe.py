"""Search results page without a template (Django), format_html."""
from django.http import HttpResponse
from django.utils.html import format_html


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse(format_html("<h1>Results for {}</h1>", q))
