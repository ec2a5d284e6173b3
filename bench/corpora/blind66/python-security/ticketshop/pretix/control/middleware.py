"""Resolves organizer and event from the URL and checks the user may see them."""
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import resolve
from django.utils.deprecation import MiddlewareMixin

from pretix.base.models import Event, Organizer


class PermissionMiddleware(MiddlewareMixin):
    EXCEPTIONS = ("auth.login", "auth.logout", "auth.forgot")

    def process_request(self, request):
        url = resolve(request.path_info)
        url_name = url.url_name
        if not request.path.startswith("/control") or url_name in self.EXCEPTIONS:
            return None
        if not request.user.is_authenticated:
            return redirect("control:auth.login")

        if "organizer" in url.kwargs:
            try:
                request.organizer = Organizer.objects.get(slug=url.kwargs["organizer"])
            except Organizer.DoesNotExist:
                raise Http404("The selected organizer was not found.")
            if "event" in url.kwargs:
                request.event = request.organizer.events.filter(slug=url.kwargs["event"]).first()
                if request.event is None:
                    raise Http404("The selected event was not found.")
        request.export_name_hint = request.GET.get("export_name", "")
        return None


class EventPermissionRequiredMixin:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_event_permission(request.organizer, request.event, self.permission):
            raise PermissionDenied()
        return super().dispatch(request, *args, **kwargs)
