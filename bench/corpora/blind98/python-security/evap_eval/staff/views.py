"""Staff area: e-mail templates and sample files."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from ..evaluation.auth import manager_required
from ..evaluation.models import EmailTemplate
from .forms import EmailTemplateForm

SAMPLE_DIR = os.path.join(settings.STATIC_ROOT, "samples")
SAMPLE_FILES = {"sample.xlsx", "sample_user.xlsx", "sample_contributors.xlsx"}


@manager_required
def template_edit(request, template_id):
    template = get_object_or_404(EmailTemplate, id=template_id)
    form = EmailTemplateForm(request.POST or None, instance=template)
    if form.is_valid():
        form.save()
        return redirect("staff:index")
    return render(request, "staff_template_form.html", {"form": form})


@manager_required
def template_preview(request, template_id):
    template = get_object_or_404(EmailTemplate, id=template_id)
    body = template.render_body({"user": request.user, "login_url": "https://evap.example/login"})
    return HttpResponse(body, content_type="text/plain")


@manager_required
def download_sample_file(request, filename):
    if filename not in SAMPLE_FILES:
        raise Http404
    return FileResponse(open(os.path.join(SAMPLE_DIR, filename), "rb"), as_attachment=True)


@manager_required
def download_export(request, filename):
    # expect: path-traversal
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "exports", filename), "rb"), as_attachment=True)
