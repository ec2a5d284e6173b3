"""Puts a toolbar on each request; later layers read its attributes."""


class CMSToolbarState:
    def __init__(self, request):
        self.request = request
        self.edit_mode_active = "edit" in request.GET
        self.toolbar_language = request.GET.get("language") or request.COOKIES.get("django_language") or "en"
        self.return_path = request.GET.get("cms_path")


class ToolbarMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.toolbar = CMSToolbarState(request)
        return self.get_response(request)
