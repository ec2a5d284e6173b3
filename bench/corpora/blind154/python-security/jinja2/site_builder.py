"""Static site builder for the public changelog and docs pages."""
import logging
from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"


def changelog_env():
    # expect: xss
    return Environment(loader=FileSystemLoader(str(TEMPLATES)))


def comments_env():
    # expect: xss
    env = jinja2.Environment(loader=PackageLoader("sitebuilder", "comment_templates"), trim_blocks=True)
    env.filters["initials"] = lambda name: "".join(p[0] for p in name.split())
    return env


def docs_env():
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "xml"]))


def feed_env():
    return jinja2.Environment(loader=FileSystemLoader(str(TEMPLATES / "feeds")), autoescape=True)


def render_page(env, name, **ctx):
    return env.get_template(name).render(**ctx)


def build(entries, comments, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "changelog.html").write_text(render_page(changelog_env(), "changelog.html", entries=entries))
    (out / "comments.html").write_text(render_page(comments_env(), "comments.html", comments=comments))
    (out / "docs.html").write_text(render_page(docs_env(), "docs.html", entries=entries))
    (out / "feed.xml").write_text(render_page(feed_env(), "feed.xml", entries=entries))
    # expect: xss
    banner = jinja2.Environment().from_string("<p class='note'>{{ note }}</p>").render(note=entries[0].get("note", ""))
    (out / "banner.html").write_text(banner)
    log.info("site built in %s", out)
