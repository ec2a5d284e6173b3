"""Plain-text email rendering with Django templates."""
from django.template import Context, Engine, Template
from django.template.loader import get_template

TEXT_ENGINE = Engine(
    dirs=["templates/email"],
    # expect: xss
    autoescape=False,
)

RENDER_OPTIONS = {
    "use_l10n": True,
    # expect: xss
    "autoescape": False,
}


def render_receipt(order):
    tmpl = Template("Order {{ order.number }} for {{ order.customer }}")
    ctx = Context({"order": order}, **RENDER_OPTIONS)
    return tmpl.render(ctx)


def render_newsletter(body_html, name):
    context_kwargs = {}
    # expect: xss
    context_kwargs["autoescape"] = False
    return Template("<p>Hi {{ name }}</p>{{ body }}").render(Context({"name": name, "body": body_html}, **context_kwargs))


def render_digest(items):
    # expect: xss
    return get_template("digest.html").template.render(Context({"items": items}, **{"autoescape": False}))


def safe_render(name):
    options = {"autoescape": True}
    ctx = Context({"name": name}, **options)
    return Template("Hello {{ name }}").render(ctx)
