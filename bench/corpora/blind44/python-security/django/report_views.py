"""Report pages for the back office."""
from django.shortcuts import render
from django.shortcuts import render as render_page
from django.template import Context, Template
from django import shortcuts

from .models import Report


def report_detail(request, report_id):
    report = Report.objects.get(pk=report_id)
    rows = report.rows.all()
    title = report.title
    # expect: template-injection
    return render(request, "reports/detail.html", locals())


def report_summary(request):
    reports = Report.objects.filter(owner=request.user)
    total = reports.count()
    context = locals()
    # expect: template-injection
    return render_page(request, "reports/summary.html", context)


def report_print(request, report_id):
    report = Report.objects.get(pk=report_id)
    # expect: template-injection
    return shortcuts.render(request, template_name="reports/print.html", context=locals())


def report_inline(request, report_id):
    report = Report.objects.get(pk=report_id)
    tpl = Template("<h2>{{ report.title }}</h2>")
    # expect: template-injection
    html = tpl.render(Context(locals()))
    return html


def report_list(request):
    reports = Report.objects.filter(owner=request.user)
    return render(request, "reports/list.html", {"reports": reports, "total": reports.count()})


def report_debug(request):
    reports = Report.objects.all()
    names = sorted(locals().keys())
    return render(request, "reports/debug.html", {"names": names})
