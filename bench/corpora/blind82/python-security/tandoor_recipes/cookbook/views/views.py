from django.http import HttpResponse
from django.utils.html import format_html

from ..middleware import THEMES


def theme_stylesheet(request):
    theme = request.theme if request.theme in THEMES else "tandoor"
    return HttpResponse(f'<link rel="stylesheet" href="/static/themes/{theme}.min.css">')


def navbar(request):
    color = request.nav_color
    safe_link = format_html('<nav class="navbar bg-{}">', color)
    # expect: xss
    return HttpResponse(f'<nav class="navbar bg-{color}">' + safe_link)
