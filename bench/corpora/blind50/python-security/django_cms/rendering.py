"""Rendering helpers for CMS blocks."""
import base64
import json
import pickle

from django.template import Context, Engine, Template
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

_engine = Engine(debug=False)


def render_block(source, context):
    # expect: template-injection
    return Template(source).render(Context(context))


def render_named_block(name, context):
    return render_to_string(f"cms/blocks/{name}.html", context)


def link_list(links):
    return format_html_join("\n", "<li><a href='{}'>{}</a></li>", ((l["href"], l["text"]) for l in links))


def heading(text):
    # expect: xss
    return mark_safe("<h2 class='cms-heading'>%s</h2>" % text)


def heading_escaped(text):
    return format_html("<h2 class='cms-heading'>{}</h2>", text)


def decode_draft(cookie_value):
    raw = base64.b64decode(cookie_value)
    # expect: deserialization
    return pickle.loads(raw)


def decode_draft_json(cookie_value):
    return json.loads(base64.b64decode(cookie_value))
