"""Render HTML reports for the dashboard from Jinja2 templates."""
import os

import jinja2
from jinja2 import Environment as JinjaEnv, FileSystemLoader

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
AUTOESCAPE_HTML = os.environ.get("REPORT_AUTOESCAPE", "0") == "1"


def build_report_env():
    return jinja2.Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        # expect: xss
        autoescape=False,
        trim_blocks=True,
    )


class WidgetRenderer:
    # expect: xss
    env = jinja2.Environment(loader=jinja2.PackageLoader("dashboard", "widgets"), autoescape=AUTOESCAPE_HTML)

    def render(self, name, **context):
        return self.env.get_template(name).render(**context)


def render_comment(comment_html, author):
    # expect: xss
    env = JinjaEnv(autoescape=False)
    return env.from_string("<p class='c'>{{ body }} &mdash; {{ who }}</p>").render(body=comment_html, who=author)


def safe_env():
    return jinja2.Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
    )


def email_env():
    return jinja2.Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True)
