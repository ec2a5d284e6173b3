"""Static site builder: renders the docs and the user gallery to HTML."""
import pathlib

import jinja2
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

OUT = pathlib.Path("public")
ENV_OPTIONS = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": False}


class SiteBuilder:
    def __init__(self, theme_dir):
        # expect: xss
        self.env = Environment(loader=FileSystemLoader(theme_dir), undefined=StrictUndefined)
        self.env.filters["slug"] = lambda s: s.lower().replace(" ", "-")

    def page(self, template, dest, **ctx):
        html = self.env.get_template(template).render(**ctx)
        (OUT / dest).write_text(html, encoding="utf-8")


def gallery_env(theme_dir):
    # expect: xss
    return jinja2.Environment(loader=jinja2.FileSystemLoader(theme_dir), autoescape=False)


def comments_env(theme_dir, raw=False):
    # expect: xss
    return Environment(loader=FileSystemLoader(theme_dir), autoescape=raw)


def feed_env(theme_dir):
    # expect: xss
    return jinja2.Environment(loader=FileSystemLoader(theme_dir), **ENV_OPTIONS)


def docs_env(theme_dir):
    return Environment(loader=FileSystemLoader(theme_dir), autoescape=select_autoescape(["html", "xml"]))


def search_env(theme_dir):
    return jinja2.Environment(loader=FileSystemLoader(theme_dir), autoescape=True, undefined=StrictUndefined)


def build(theme_dir, pages, photos):
    builder = SiteBuilder(theme_dir)
    for page in pages:
        builder.page("page.html", page.slug + ".html", page=page)
    gallery = gallery_env(theme_dir).get_template("gallery.html")
    (OUT / "gallery.html").write_text(gallery.render(photos=photos), encoding="utf-8")
