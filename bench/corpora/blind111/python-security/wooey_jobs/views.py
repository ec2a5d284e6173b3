"""Submit, job detail and file views."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from .backend import utils
from .forms import SubmitForm
from .models import WooeyJob
from .tasks import submit_script


@require_http_methods(["POST"])
def submit_script_view(request, slug=None):
    form = SubmitForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"valid": False, "errors": form.errors})
    job = utils.create_wooey_job(user=request.user, script_version_pk=form.cleaned_data["script_version_id"], data=form.cleaned_data)
    submit_script.delay(job.pk, shell_mode=request.POST.get("shell") == "1")
    return JsonResponse({"valid": True, "job_id": job.pk})


def job_view(request, job_id):
    job = WooeyJob.objects.get(pk=int(job_id))
    header = format_html("<h3>{}</h3>", job.job_name)
    # expect: xss
    body = mark_safe(f"<div class='job-description'>{job.job_description}</div>")
    return HttpResponse(header + body)


def job_file(request, job_id):
    job = WooeyJob.objects.get(pk=int(job_id))
    name = request.GET.get("file", "")
    path = os.path.join(utils.get_upload_path(job), name)
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


def job_zip(request, job_id):
    job = WooeyJob.objects.get(pk=int(job_id))
    path = os.path.join(utils.get_upload_path(job), f"job_{job.pk}.zip")
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)


def scrapbook_file(request):
    name = os.path.basename(request.GET.get("file", ""))
    return FileResponse(open(os.path.join(settings.WOOEY_SCRAPBOOK_DIR, name), "rb"))
