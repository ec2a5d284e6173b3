"""Report, finding and evidence views of Ghostwriter's reporting app."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html

from ghostwriter.modules.reportwriter.preview import render_finding_preview, render_report_docx
from ghostwriter.reporting.models import Evidence, Finding, Report


@login_required
def evidence_download(request, pk):
    evidence = get_object_or_404(Evidence, pk=pk)
    if not evidence.user_can_view(request.user):
        raise Http404
    return FileResponse(open(evidence.document.path, "rb"), as_attachment=True,
                        filename=os.path.basename(evidence.document.name))


@login_required
def evidence_by_path(request):
    """Legacy link format used in old report exports: ?path=evidence/<report>/<file>."""
    relative = request.GET.get("path", "")
    full_path = os.path.join(settings.MEDIA_ROOT, relative)
    if not os.path.isfile(full_path):
        raise Http404
    # expect: path-traversal
    return FileResponse(open(full_path, "rb"), as_attachment=True)


@login_required
def evidence_by_friendly_name(request, report_pk):
    report = get_object_or_404(Report, pk=report_pk)
    if not report.user_can_view(request.user):
        raise Http404
    friendly = request.GET.get("name", "")
    evidence = get_object_or_404(Evidence, finding__report=report, friendly_name=friendly)
    base = os.path.realpath(settings.MEDIA_ROOT)
    target = os.path.realpath(evidence.document.path)
    if os.path.commonpath([base, target]) != base:
        raise Http404
    return FileResponse(open(target, "rb"), as_attachment=True)


@login_required
def finding_preview(request, pk):
    finding = get_object_or_404(Finding, pk=pk)
    if not finding.user_can_view(request.user):
        raise Http404
    html = render_finding_preview(finding)
    return HttpResponse(html)


@login_required
def finding_title_badge(request, pk):
    finding = get_object_or_404(Finding, pk=pk)
    return HttpResponse(format_html('<span class="badge {}">{}</span>', finding.severity.css, finding.title))


@login_required
def generate_docx(request, pk):
    report = get_object_or_404(Report, pk=pk)
    if not report.user_can_view(request.user):
        raise Http404
    document = render_report_docx(report)
    response = HttpResponse(document, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    response["Content-Disposition"] = 'attachment; filename="report.docx"'
    return response


@login_required
def report_status(request, pk):
    report = get_object_or_404(Report, pk=pk)
    return JsonResponse({"complete": report.complete, "findings": report.reportfindinglink_set.count()})
