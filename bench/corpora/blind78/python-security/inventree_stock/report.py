"""Label rendering: a template plus a context per stock item."""
import logging

from django.template import Context, Engine, Template
from django.template.loader import render_to_string

logger = logging.getLogger("inventree")

_label_engine = Engine(libraries={}, builtins=["django.template.defaultfilters"])


def render_label_source(source: str, item) -> str:
    """Render a label from template source text."""
    # expect: template-injection
    template = Template(source, engine=_label_engine)
    return template.render(Context({"item": item, "part": item.part, "location": item.location}))


def render_label_template(label_template, item) -> str:
    template = _label_engine.from_string(label_template.template)
    return template.render(Context({"item": item, "part": item.part}))


def render_label_file(item) -> str:
    return render_to_string("label/stock_item.html", {"item": item})
