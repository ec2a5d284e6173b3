from django.http import Http404

from pretalx_cfp.submission.models import Event

LANGUAGES = {"en", "de", "fr", "pt-br"}


class EventPermissionMiddleware:
    """Resolves the event slug of the url onto request.event; keeps the asked locale too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        slug = view_kwargs.get("event")
        if slug:
            request.event = Event.objects.filter(slug__iexact=slug).first()
            if request.event is None:
                raise Http404()
        wanted = request.GET.get("lang")
        request.locale = wanted if wanted in LANGUAGES else "en"
        request.requested_track = request.GET.get("track", "")
        return None

    def __call__(self, request):
        return self.get_response(request)
