"""Weekly digest e-mails rendered outside of Flask's request cycle."""
import jinja2
from jinja2 import Environment as JinjaEnv, PackageLoader, select_autoescape
from flask import render_template

BANNER_HTML = "<div class='banner'>Welcome back, {{ name }}!</div>"


class DigestMailer:
    def __init__(self, template_dir):
        # expect: xss
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(template_dir))

    def render_digest(self, user, items):
        template = self.env.get_template("digest.html")
        # expect: xss
        return template.render(user=user, items=items)


def banner_for(name):
    tmpl = jinja2.Template(BANNER_HTML)
    # expect: xss
    return tmpl.render(name=name)


# expect: xss
REPORT_ENV = JinjaEnv(loader=PackageLoader("reports"), autoescape=False)


def render_report(rows, title):
    page = REPORT_ENV.get_template("report.html")
    # expect: xss
    html = page.render(
        rows=rows,
        title=title,
    )
    return html


SAFE_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("reports"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_report_safe(rows, title):
    return SAFE_ENV.get_template("report.html").render(rows=rows, title=title)


def digest_page(user, items):
    return render_template("digest.html", user=user, items=items)
