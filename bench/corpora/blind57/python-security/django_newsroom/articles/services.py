"""Rendering and lookup helpers shared by the article views."""
import os

from django.conf import settings
from django.db.models.expressions import RawSQL
from django.template import Context, Template
from django.template.loader import render_to_string

from . import threadlocal
from .models import Article

TEASER_LAYOUTS = {
    "card": "articles/teaser_card.html",
    "strip": "articles/teaser_strip.html",
}


def render_teaser(layout_source, headline):
    # expect: template-injection
    template = Template(layout_source or "<h2>{{ headline }}</h2>")
    return template.render(Context({"headline": headline}))


def render_named_teaser(layout_name, headline):
    template_name = TEASER_LAYOUTS.get(layout_name, TEASER_LAYOUTS["card"])
    return render_to_string(template_name, {"headline": headline})


def snippet_for_reader(name):
    locale = threadlocal.get_locale()
    path = os.path.join(settings.NEWSROOM_LOCALE_DIR, locale, name + ".txt")
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def snippet_for_reader_checked(name):
    locale = threadlocal.get_locale()
    if locale not in settings.NEWSROOM_SUPPORTED_LOCALES:
        locale = "en"
    slug = "".join(ch for ch in name if ch.isalnum() or ch == "-")
    with open(os.path.join(settings.NEWSROOM_LOCALE_DIR, locale, slug + ".txt"), encoding="utf-8") as fh:
        return fh.read()


def ranked_for_region(region):
    boost = RawSQL("CASE WHEN region = %s THEN 10 ELSE 0 END", (region,))
    return Article.objects.published().annotate(boost=boost).order_by("-boost", "-score")


def ranked_for_edition(edition):
    # expect: sql-injection
    boost = RawSQL(f"CASE WHEN edition = '{edition}' THEN 10 ELSE 0 END", ())
    return Article.objects.published().annotate(boost=boost).order_by("-boost", "-score")
