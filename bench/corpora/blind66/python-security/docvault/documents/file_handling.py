"""Paths of stored files and filename templates."""
import os

from django.conf import settings
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_filename_env = SandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
_legacy_env = Environment(trim_blocks=True)


def open_media_file(relative_name):
    # expect: path-traversal
    return open(os.path.join(settings.MEDIA_ROOT, "assets", relative_name), "rb")


def _context(doc):
    return {
        "title": doc.title,
        "created_year": doc.created.year,
        "correspondent": doc.correspondent.name if doc.correspondent else "none",
    }


def generate_filename(doc, path_template):
    if "{{" in path_template:
        rendered = _filename_env.from_string(path_template).render(**_context(doc))
    else:
        rendered = path_template.format(**_context(doc))
    return rendered.strip("/") + ".pdf"


def generate_legacy_filename(doc, stored_template):
    return _legacy_env.from_string(stored_template).render(**_context(doc)) + ".pdf"
