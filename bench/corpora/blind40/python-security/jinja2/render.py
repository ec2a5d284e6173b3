"""Jinja2 environments for the static site generator and emails."""
import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from jinja2 import Environment as Env

# expect: xss
site_env = jinja2.Environment(loader=FileSystemLoader("templates"))


class Mailer:
    def __init__(self, template_dir):
        # expect: xss
        self.env = Environment(
            loader=FileSystemLoader(template_dir),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name, **ctx):
        return self.env.get_template(name).render(**ctx)


def string_env():
    # expect: xss
    return Env()


def snippet_env(templates):
    # expect: xss
    return jinja2.Environment(loader=jinja2.DictLoader(templates), undefined=jinja2.StrictUndefined)


safe_env = jinja2.Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
escaped_env = Environment(loader=PackageLoader("widgets"), autoescape=True)
