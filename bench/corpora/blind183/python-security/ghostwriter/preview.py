"""Render findings and reports with Jinja2 (``ghostwriter.modules.reportwriter``)."""
import io

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from ghostwriter.modules.reportwriter.filters import FILTERS
from ghostwriter.modules.reportwriter.serializer import serialize_report

_sandbox = SandboxedEnvironment(undefined=jinja2.ChainableUndefined, autoescape=True)
_sandbox.filters.update(FILTERS)

PREVIEW_WRAPPER = jinja2.Environment(autoescape=True).from_string(
    '<div class="finding-preview"><h3>{{ title }}</h3>{{ body | safe }}</div>'
)


def _context_for(finding) -> dict:
    report = finding.report
    return {
        "client": report.project.client.name,
        "project": report.project.codename,
        "finding": {"title": finding.title, "severity": finding.severity.severity},
    }


def render_finding_preview(finding) -> str:
    """Expand the ``{{ }}`` placeholders that operators write into finding descriptions."""
    context = _context_for(finding)
    # expect: code-injection
    body = jinja2.Environment().from_string(finding.description).render(**context)
    return PREVIEW_WRAPPER.render(title=finding.title, body=body)


def render_finding_text(finding) -> str:
    context = _context_for(finding)
    return _sandbox.from_string(finding.description).render(**context)


def render_report_docx(report) -> bytes:
    template = DocxTemplate(report.docx_template.document.path)
    context = serialize_report(report)
    for finding in context["findings"]:
        finding["description"] = _sandbox.from_string(finding["description"]).render(**context)
    template.render(context, _sandbox)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()
