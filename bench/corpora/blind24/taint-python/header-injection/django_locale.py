"""Locale switch that echoes the language into a header (Django)."""
from django.http import HttpResponse


def switch_locale(request):
    lang = request.GET.get("lang", "en")
    response = HttpResponse(status=204)
    # expect: header-injection
    response["Content-Language"] = lang
    return response
