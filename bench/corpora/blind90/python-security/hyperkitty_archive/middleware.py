"""Keeps the reader's sort choice on the request for the thread views."""

SORT_MODES = ("thread", "date")


class SortModeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw = request.GET.get("sort")
        request.hk_sort_raw = raw or "date"
        request.hk_sort = raw if raw in SORT_MODES else "thread"
        return self.get_response(request)
