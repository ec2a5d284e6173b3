"""Template environments for the notification service."""
import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

# expect: xss
html_env = jinja2.Environment(loader=FileSystemLoader("templates/email"), autoescape=False)

text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False, keep_trailing_newline=True)

web_env = jinja2.Environment(loader=PackageLoader("notify"), autoescape=select_autoescape(["html", "xml"]))


def digest_env(debug):
    # expect: xss
    return jinja2.Environment(loader=PackageLoader("notify", "digest"), autoescape=debug)


class Renderer:
    def __init__(self, template_dir, escape_html=None):
        # expect: xss
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(template_dir), autoescape=escape_html or False)

    def render(self, name, **context):
        return self.env.get_template(name).render(**context)


def preview_env():
    return jinja2.Environment(loader=jinja2.DictLoader({}), autoescape=True)


def render_receipt(order):
    template = web_env.get_template("receipt.html")
    return template.render(order=order)


def render_sms(message):
    return text_env.from_string("{{ message }}").render(message=message)
