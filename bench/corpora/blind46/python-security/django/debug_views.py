"""Staff-only diagnostics pages."""
from django import shortcuts
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.shortcuts import render
from django.shortcuts import render as render_page
from django.template import Context, Template

from .models import Job

SITE_NAME = "Acme Ops"
PANEL = Template("<h2>{{ SITE_NAME }}</h2><p>{{ job_count }} jobs</p>")


@staff_member_required
def overview(request):
    # expect: template-injection
    return render(request, "ops/overview.html", globals())


@staff_member_required
def panel(request):
    # expect: template-injection
    return shortcuts.render(request, "ops/panel.html", context=globals())


def job_page(request, job_id):
    ctx = globals()
    ctx["job"] = Job.objects.get(pk=job_id)
    # expect: template-injection
    return render_page(request, "ops/job.html", ctx)


def inline_panel(request):
    # expect: template-injection
    html = PANEL.render(Context(globals()))
    return HttpResponse(html)


def jobs(request):
    return render(request, "ops/jobs.html", {"jobs": Job.objects.all()[:50], "SITE_NAME": SITE_NAME})


def inline_safe(request):
    return HttpResponse(PANEL.render(Context({"SITE_NAME": SITE_NAME, "job_count": Job.objects.count()})))
