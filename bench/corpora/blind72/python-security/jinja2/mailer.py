"""Renders notification e-mails and the web preview of them."""
import jinja2
from jinja2 import Environment as Env, FileSystemLoader, PackageLoader, select_autoescape

TEMPLATE_DIR = "templates/email"

# expect: xss
html_env = jinja2.Environment(loader=FileSystemLoader(TEMPLATE_DIR))

text_env = Env(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False, keep_trailing_newline=True)

web_env = jinja2.Environment(loader=PackageLoader("notify", "templates"), autoescape=select_autoescape(["html", "htm"]))


class Renderer:
    loader_kwargs = {"followlinks": True}

    def __init__(self, search_path):
        # expect: xss
        self.env = Env(
            loader=FileSystemLoader(search_path, **self.loader_kwargs),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name, **ctx):
        return self.env.get_template(name).render(**ctx)


def preview_env(extensions=("jinja2.ext.i18n",)):
    # expect: xss
    return jinja2.Environment(extensions=list(extensions), undefined=jinja2.StrictUndefined)


def sandboxed_preview():
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True)


def render_welcome(user):
    template = html_env.get_template("welcome.html")
    return template.render(user=user)


def render_digest(items):
    body = text_env.get_template("digest.txt").render(items=items)
    page = web_env.get_template("digest.html").render(items=items)
    return body, page
