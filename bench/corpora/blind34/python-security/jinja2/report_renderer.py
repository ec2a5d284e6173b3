"""Builds the weekly HTML activity report that managers open in the dashboard."""
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

REPORT_TEMPLATES = "reports/templates"

ENV_OPTIONS = {
    "loader": FileSystemLoader(REPORT_TEMPLATES),
    "trim_blocks": True,
    "keep_trailing_newline": True,
}


class ReportRenderer:
    def __init__(self, extensions=()):
        # expect: xss
        self.jinja_env = Environment(loader=FileSystemLoader(REPORT_TEMPLATES), extensions=list(extensions))

    def render(self, report):
        template = self.jinja_env.get_template("weekly.html")
        return template.render(rows=report.rows, owner=report.owner_name)


def render_inline(html_source, **context):
    # expect: xss
    env = jinja2.Environment()
    return env.from_string(html_source).render(**context)


def build_env():
    # expect: xss
    return Environment(**ENV_OPTIONS)


async def render_comment_digest(comments):
    # expect: xss
    digest_env = jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "digest_templates"),
        enable_async=True,
    )
    template = digest_env.get_template("digest.html")
    return await template.render_async(comments=comments)


def build_safe_env():
    return Environment(loader=FileSystemLoader(REPORT_TEMPLATES), autoescape=select_autoescape())


def build_escaping_env():
    return jinja2.Environment(loader=jinja2.FileSystemLoader(REPORT_TEMPLATES), autoescape=True)
