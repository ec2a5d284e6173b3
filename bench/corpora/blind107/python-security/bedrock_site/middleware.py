"""Locale middleware: stores the URL's locale and a few query values on the request."""
from django.conf import settings


class LocaleURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        parts = request.path_info.lstrip("/").split("/", 1)
        request.locale = parts[0] if parts and parts[0] in settings.PROD_LANGUAGES else settings.LANGUAGE_CODE
        request.utm_campaign = request.GET.get("utm_campaign", "")
        request.experience = request.GET.get("xv")
        return self.get_response(request)
