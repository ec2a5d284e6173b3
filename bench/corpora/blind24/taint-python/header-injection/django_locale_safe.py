"""Locale switch that echoes the language into a header (Django), allow-listed."""
from django.conf import settings
from django.http import HttpResponse


def switch_locale(request):
    lang = request.GET.get("lang", "en")
    if lang not in dict(settings.LANGUAGES):
        lang = settings.LANGUAGE_CODE
    response = HttpResponse(status=204)
    response["Content-Language"] = lang
    return response
