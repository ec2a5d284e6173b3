"""Template environments for the newsletter, the admin pages and SQL reports."""
import jinja2

from .config import settings

html_env = jinja2.Environment(
    loader=jinja2.PackageLoader("newsletter", "templates"),
    autoescape=jinja2.select_autoescape(["html", "xml"]),
)

sql_env = jinja2.Environment(loader=jinja2.FileSystemLoader("queries"), autoescape=False, trim_blocks=True)

# expect: xss
admin_env = jinja2.Environment(loader=jinja2.PackageLoader("admin", "templates"), autoescape=False)


def render_newsletter(issue):
    return html_env.get_template("issue.html").render(issue=issue)


def render_comment_preview(comment_html_template, comment):
    # expect: xss
    env = jinja2.Environment(autoescape=False)
    return env.from_string(comment_html_template).render(comment=comment)


def widget_env():
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(settings.WIDGET_TEMPLATES),
        # expect: xss
        autoescape=settings.get("WIDGET_AUTOESCAPE", False),
    )


def strict_env():
    return jinja2.Environment(loader=jinja2.FileSystemLoader("mail"), autoescape=True)
