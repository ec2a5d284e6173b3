"""CI API: submit a test job to a backend, or watch one submitted elsewhere."""
import yaml
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from squad.ci import tasks
from squad.ci.models import Backend, TestJob
from squad.core.models import Callback, Project
from squad.http import auth_submit

DEFINITION_MAX = 512 * 1024


def _project(group_slug, project_slug):
    return get_object_or_404(Project, group__slug=group_slug, slug=project_slug)


def _read_definition(request):
    if "definition" in request.FILES:
        data = request.FILES["definition"].read(DEFINITION_MAX + 1)
    else:
        data = request.POST.get("definition", "").encode()
    if not data or len(data) > DEFINITION_MAX:
        return None
    return data.decode("utf-8", errors="replace")


@require_http_methods(["POST"])
@csrf_exempt
@auth_submit
def submit_job(request, group_slug, project_slug, version, environment_slug):
    project = _project(group_slug, project_slug)
    backend = get_object_or_404(Backend, name=request.POST.get("backend"))
    definition = _read_definition(request)
    if definition is None:
        return HttpResponseBadRequest("missing or oversized definition")
    if "job_name:" not in definition or "actions:" not in definition:
        return HttpResponseBadRequest("definition needs job_name and actions")
    job = TestJob.objects.create(
        backend=backend,
        definition=definition,
        target=project,
        target_build_version=version,
        environment=environment_slug,
    )
    callback_url = request.POST.get("callback_url")
    if callback_url:
        Callback.objects.create(
            object_reference=job,
            url=callback_url,
            method=request.POST.get("callback_method", "post").lower(),
            event="on_job_finished",
        )
    tasks.submit.delay(job.id)
    return HttpResponse(job.id, status=201)


@require_http_methods(["POST"])
@csrf_exempt
@auth_submit
def watch_job(request, group_slug, project_slug, version, environment_slug):
    project = _project(group_slug, project_slug)
    backend = get_object_or_404(Backend, name=request.POST.get("backend"))
    job_id = request.POST.get("testjob_id", "")
    if not job_id.replace(".", "").isdigit():
        return HttpResponseBadRequest("testjob_id must be numeric")
    job = TestJob.objects.create(
        backend=backend,
        target=project,
        target_build_version=version,
        environment=environment_slug,
        job_id=job_id,
        submitted=True,
    )
    tasks.fetch.apply_async(args=(job.id,), countdown=30)
    return HttpResponse(job.id, status=201)


def job_status(request, job_id):
    job = get_object_or_404(TestJob, pk=int(job_id))
    return JsonResponse({"id": job.id, "job_status": job.job_status, "url": job.url})


@require_http_methods(["POST"])
@csrf_exempt
@auth_submit
def check_definition(request):
    definition = _read_definition(request)
    if definition is None:
        return HttpResponseBadRequest("missing or oversized definition")
    try:
        parsed = yaml.safe_load(definition)
    except yaml.YAMLError as exc:
        return HttpResponseBadRequest(f"invalid definition: {exc.__class__.__name__}")
    if not isinstance(parsed, dict):
        return HttpResponseBadRequest("definition must be a mapping")
    return JsonResponse({"job_name": parsed.get("job_name"), "keys": sorted(parsed)})
