from django.utils.deprecation import MiddlewareMixin

from .models import Recipe

THEMES = ("tandoor", "bootstrap", "flatly", "superhero")


class ScopeMiddleware(MiddlewareMixin):
    def process_request(self, request):
        request.space = request.session.get("space_id")
        request.theme = request.COOKIES.get("theme", "tandoor")
        request.nav_color = request.GET.get("nav_color") or request.COOKIES.get("nav_color", "primary")
