"""Small static-site generator: markdown pages through Jinja2 layouts."""
import pathlib

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

LAYOUTS = pathlib.Path("layouts")

# expect: xss
site_env = jinja2.Environment(loader=FileSystemLoader(str(LAYOUTS)))


def page_env(extra_filters):
    # expect: xss
    env = Environment(
        loader=jinja2.ChoiceLoader([FileSystemLoader("overrides"), FileSystemLoader(str(LAYOUTS))]),
        extensions=["jinja2.ext.i18n"],
    )
    env.filters.update(extra_filters)
    return env


class FeedWriter:
    def __init__(self, feed_dir):
        # expect: xss
        self.env = jinja2.Environment(loader=FileSystemLoader(feed_dir), trim_blocks=True, lstrip_blocks=True)

    def write(self, items, out):
        out.write(self.env.get_template("feed.html").render(items=items))


def render_preview(page_html):
    # expect: xss
    return jinja2.Environment().from_string("<article>{{ page }}</article>").render(page=page_html)


escaped_env = jinja2.Environment(loader=FileSystemLoader(str(LAYOUTS)), autoescape=select_autoescape())
strict_env = jinja2.Environment(loader=FileSystemLoader(str(LAYOUTS)), autoescape=True)
