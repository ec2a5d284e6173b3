from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.safestring import mark_safe
from django.utils.html import format_html
from django.views.generic import DetailView, ListView, View
from guardian.mixins import PermissionRequiredMixin

from .helpers import ShiftFilter, get_checked_return_target, get_return_target
from .models import Event
from .notifications import render_event_notification, render_fixed_notification
from .tasks import send_signup_mail


class EventListView(LoginRequiredMixin, ListView):
    model = Event

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        shift_filter = ShiftFilter(self.request.GET)
        ctx["shifts"] = Event.shifts_for_type(shift_filter)
        ctx["sorted_shifts"] = Event.shifts_for_type_sorted(shift_filter)
        return ctx


class EventNotificationUpdateView(PermissionRequiredMixin, View):
    permission_required = "core.change_event"

    def post(self, request, pk):
        event = get_object_or_404(Event, pk=pk)
        event.notification_text = request.POST.get("notification_text", "")
        event.save()
        participant = request.POST.get("participant", request.user.get_full_name())
        send_signup_mail.delay(event.pk, participant)
        return HttpResponse(render_fixed_notification(event, participant))


class EventPreviewView(PermissionRequiredMixin, DetailView):
    model = Event
    permission_required = "core.view_event"

    def get(self, request, *args, **kwargs):
        event = self.get_object()
        preview = render_event_notification(event, request.GET.get("participant", "Jane"))
        return HttpResponse(preview, content_type="text/plain")


class EventSignupDoneView(LoginRequiredMixin, View):
    def get(self, request, pk):
        target = get_return_target(request)
        # expect: open-redirect
        return redirect(target)

    def post(self, request, pk):
        return redirect(get_checked_return_target(request))


class EventBannerView(LoginRequiredMixin, DetailView):
    model = Event

    def get(self, request, *args, **kwargs):
        event = self.get_object()
        banner = request.GET.get("banner") if request.GET.get("banner") else event.title
        # expect: xss
        html = mark_safe(f"<div class='banner'>{banner}</div>")
        safe_html = format_html("<div class='banner'>{}</div>", banner)
        return HttpResponse(html + safe_html)
