"""Child views: notes timeline, picture upload, reports and the welcome redirect."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import get_valid_filename
from django.views.generic.detail import DetailView

from babybuddy.mixins import PermissionRequiredMixin
from core import models
from core.pictures import store_picture
from reports import queries

logger = logging.getLogger(__name__)


class ChildFeedingReport(PermissionRequiredMixin, DetailView):
    model = models.Child
    permission_required = ("core.view_feeding",)
    template_name = "reports/feeding_amounts.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.request.GET.get("order", "start")
        context["rows"] = queries.feeding_amounts(self.object.id, order=order)
        context["types"] = queries.feeding_types(self.object.id, self.request.GET.get("method", "bottle"))
        return context


class ChildSleepReport(PermissionRequiredMixin, DetailView):
    model = models.Child
    permission_required = ("core.view_sleep",)
    template_name = "reports/sleep_totals.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.request.GET.get("order")
        context["rows"] = queries.sleep_totals(self.object.id, order=order)
        return context


@login_required
def child_picture_upload(request, slug):
    child = get_object_or_404(models.Child, slug=slug)
    upload = request.FILES.get("picture")
    if upload is None:
        return HttpResponseBadRequest("no picture")
    name = request.POST.get("name") or upload.name
    store_picture(child, name, upload.chunks())
    return redirect("core:child", slug=child.slug)


@login_required
def child_picture_upload_safe(request, slug):
    child = get_object_or_404(models.Child, slug=slug)
    upload = request.FILES.get("picture")
    if upload is None:
        return HttpResponseBadRequest("no picture")
    name = get_valid_filename(os.path.basename(upload.name))
    store_picture(child, name, upload.chunks())
    return redirect("core:child", slug=child.slug)


@login_required
def child_note_add(request, slug):
    child = get_object_or_404(models.Child, slug=slug)
    models.Note.objects.create(child=child, note=request.POST.get("note", ""), author=request.user)
    return render(request, "core/note_timeline.html", {"child": child})


@login_required
def welcome_done(request):
    target = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(settings.LOGIN_REDIRECT_URL)


@login_required
def child_export(request, slug):
    child = get_object_or_404(models.Child, slug=slug)
    fmt = request.GET.get("format", "csv")
    if fmt not in ("csv", "json"):
        raise Http404
    return HttpResponse(queries.export_rows(child.id, fmt), content_type="text/plain")
