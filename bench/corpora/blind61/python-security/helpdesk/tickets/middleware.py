"""The queue an agent is working in travels with the request (header from the SPA, or a cookie)."""


class AgentQueueMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.queue_slug = request.META.get("HTTP_X_HELPDESK_QUEUE") or request.COOKIES.get("hd_queue", "general")
        request.sort_column = request.GET.get("sort", "created")
        return self.get_response(request)
