"""Middleware of the CMS: preview mode and the editor's workspace."""


class PreviewMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.workspace = request.headers.get("X-Workspace", "live")
        request.preview_theme = request.GET.get("theme", "")
        return self.get_response(request)
