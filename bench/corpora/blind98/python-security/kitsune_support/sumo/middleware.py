"""Locale prefix middleware: /<locale>/path sets request.LANGUAGE_CODE."""
from django.conf import settings
from django.utils import translation

SUPPORTED = {code.lower(): code for code, _ in settings.LANGUAGES}


class LocaleURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        first, _, rest = request.path_info.lstrip("/").partition("/")
        request.LANGUAGE_CODE_RAW = first
        request.LANGUAGE_CODE = SUPPORTED.get(first.lower(), settings.LANGUAGE_CODE)
        request.path_info = "/" + rest
        translation.activate(request.LANGUAGE_CODE)
        return self.get_response(request)
