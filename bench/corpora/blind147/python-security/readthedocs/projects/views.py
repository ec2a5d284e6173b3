"""Project dashboard views: import, trigger builds, webhooks."""
import logging

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from builds.models import Build
from builds.tasks import update_docs_task
from .models import Project, WebHook

log = logging.getLogger(__name__)


@login_required
@require_POST
def project_import(request):
    project = Project.objects.create(
        name=request.POST['name'][:63],
        slug=request.POST['slug'],
        repo=request.POST['repo'],
        repo_type=request.POST.get('repo_type', 'git'),
    )
    project.users.add(request.user)
    build = Build.objects.create(project=project, state='triggered')
    update_docs_task.delay(project_id=project.pk, build_id=build.pk, version_slug='latest')
    return HttpResponseRedirect(reverse('projects_detail', args=[project.slug]))


@login_required
@require_POST
def webhook_create(request, project_slug):
    project = get_object_or_404(Project, slug=project_slug, users=request.user)
    hook = WebHook.objects.create(project=project, url=request.POST['url'], events=request.POST.getlist('events'))
    return JsonResponse({'id': hook.pk})


@login_required
def build_error_banner(request, project_slug, build_pk):
    build = get_object_or_404(Build, pk=int(build_pk), project__slug=project_slug, project__users=request.user)
    # expect: xss
    banner = mark_safe(f'<div class="build-error">{build.error}</div>')
    return JsonResponse({'banner': str(banner)})


@login_required
def build_status_banner(request, project_slug, build_pk):
    build = get_object_or_404(Build, pk=int(build_pk), project__slug=project_slug, project__users=request.user)
    return JsonResponse({'banner': str(format_html('<div class="build-{}">{}</div>', build.state, build.error))})
