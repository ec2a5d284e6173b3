from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.template import Context, Template

from .models import Report, ReportTemplate


@login_required
def report_detail(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    rows = report.rows.order_by("position")
    totals = report.compute_totals()
    # expect: code-injection
    return render(request, "reports/detail.html", locals())


@login_required
def report_list(request):
    reports = Report.objects.filter(owner=request.user)
    return render(request, "reports/list.html", {"reports": reports})


@login_required
def report_print(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    header = report.title.upper()
    context = locals()
    # expect: code-injection
    return render(request, "reports/print.html", context)


@login_required
def custom_preview(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    layout = get_object_or_404(ReportTemplate, pk=request.GET.get("layout"), owner=request.user)
    secret_note = report.internal_note
    # expect: code-injection
    html = Template(layout.body).render(Context(locals()))
    return render(request, "reports/preview.html", {"html": html})


@login_required
def report_summary(request, pk):
    report = get_object_or_404(Report, pk=pk, owner=request.user)
    context = {"report": report, "totals": report.compute_totals()}
    return render(request, "reports/summary.html", context)


def _debug_vars():
    # locals() for a log line, not a template
    user_count = Report.objects.count()
    return dict(locals())
