class ExtendSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.inbox_search = request.GET.get("q", "").strip()
        request.inbox_domain_raw = request.GET.get("domain") or request.session.get("last_domain", "")
        return self.get_response(request)
