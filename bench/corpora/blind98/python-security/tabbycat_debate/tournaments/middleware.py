"""Puts the tournament of the url on the request."""
from django.http import Http404

from .models import Tournament


class DebateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        slug = view_kwargs.get("tournament_slug")
        if slug:
            try:
                request.tournament = Tournament.objects.get(slug=slug)
            except Tournament.DoesNotExist:
                raise Http404(slug)
            request.round_seq_raw = view_kwargs.get("round_seq", request.GET.get("round", ""))
        return None
