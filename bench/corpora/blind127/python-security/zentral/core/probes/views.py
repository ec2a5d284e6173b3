"""Probe actions: an HTTP POST action stored on a probe, run when events match."""
from django import forms
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import escape

from zentral.core.probes.models import ProbeSource
from zentral.core.probes import tasks


class HTTPPostActionForm(forms.Form):
    url = forms.URLField()
    username = forms.CharField(required=False)


@permission_required("probes.change_probesource")
def add_http_post_action(request, pk):
    probe = get_object_or_404(ProbeSource, pk=pk)
    form = HTTPPostActionForm(request.POST)
    if form.is_valid():
        probe.actions = {**probe.actions, "http_post": form.cleaned_data}
        probe.save()
    return redirect("probes:probe", pk=probe.pk)


@permission_required("probes.view_probesource")
def test_probe(request, pk):
    probe = get_object_or_404(ProbeSource, pk=pk)
    tasks.trigger_actions.delay(probe.pk, {"machine_serial_number": request.GET.get("serial_number", "")})
    note = request.GET.get("note", "")
    return HttpResponse(f"<p>Queued test for {escape(probe.name)}</p><p>{escape(note)}</p>")


@permission_required("probes.view_probesource")
def probe_title(request, pk):
    probe = get_object_or_404(ProbeSource, pk=pk)
    # expect: xss
    return HttpResponse(f"<h1>{probe.name}</h1><p>{request.GET.get('subtitle', '')}</p>")
