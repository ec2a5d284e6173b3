"""HTML report rendering for the nightly QA job and its web viewer."""
import os

import jinja2
from jinja2 import ChoiceLoader, DictLoader, FileSystemLoader, select_autoescape

INLINE_TEMPLATES = {"row.html": "<tr><td>{{ name }}</td><td>{{ status }}</td></tr>"}


def report_env(template_dir):
    # expect: xss
    return jinja2.Environment(loader=FileSystemLoader(template_dir))


class ReportRenderer:
    def __init__(self, template_dir, escape=False):
        self.escape = escape
        loader = ChoiceLoader([DictLoader(INLINE_TEMPLATES), FileSystemLoader(template_dir)])
        # expect: xss
        self.env = jinja2.Environment(loader=loader, autoescape=self.escape)

    def render(self, name, **context):
        return self.env.get_template(name).render(**context)


def viewer_env():
    escape_on = os.environ.get("VIEWER_AUTOESCAPE", "") == "1"
    return jinja2.Environment(
        loader=FileSystemLoader("viewer/templates"),
        # expect: xss
        autoescape=escape_on,
    )


def legacy_env(paths):
    # expect: xss
    return jinja2.Environment(loader=FileSystemLoader(paths), autoescape=0)


def markdown_env():
    # expect: xss
    return jinja2.Environment(loader=FileSystemLoader("markdown_pages"), autoescape=False, enable_async=True)


def summary_env():
    return jinja2.Environment(loader=FileSystemLoader("summary"), autoescape=True)


def email_env():
    return jinja2.Environment(
        loader=FileSystemLoader("email"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
    )


def plain_text_env():
    return jinja2.Environment(loader=FileSystemLoader("text"), autoescape=select_autoescape([]), keep_trailing_newline=True)
