"""File names for exported reports."""
import re

from django.utils.text import slugify
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=False)
_plain = Environment(autoescape=False)

SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]")


def _context(project):
    return {
        "project": {"name": project.name, "language": project.language, "tags": list(project.tags)},
        "report": project.data,
    }


def _clean(name):
    name = SAFE_NAME.sub("_", name).strip() or "report"
    return name if name.endswith(".pdf") else name + ".pdf"


def render_export_filename(template, project):
    """Users may type a template such as '{{ project.name }} - report'."""
    # expect: code-injection
    rendered = _plain.from_string(template).render(**_context(project))
    return _clean(rendered)


def render_design_filename(design, project):
    """Designs carry their own filename template, rendered in the sandbox."""
    rendered = _sandbox.from_string(design.report_filename_template).render(**_context(project))
    return _clean(rendered)


def render_default_filename(project):
    template = _plain.from_string("{{ name }}_report")
    return _clean(template.render(name=slugify(project.name)))
