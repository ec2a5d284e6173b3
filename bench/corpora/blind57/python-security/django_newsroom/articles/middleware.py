from . import threadlocal


class ReaderContextMiddleware:
    """Copies reader preferences from headers and query into the request and a thread-local."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        locale = request.GET.get("lang") or request.META.get("HTTP_ACCEPT_LANGUAGE", "en")[:5]
        region = request.META.get("HTTP_X_READER_REGION", "eu")
        request.reader_region = region
        request.META["NEWSROOM_EDITION"] = request.COOKIES.get("edition", "daily")
        threadlocal.set_reader(locale, region)
        try:
            return self.get_response(request)
        finally:
            threadlocal.clear()
