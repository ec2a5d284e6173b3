"""Renders the plain-text and HTML parts of notification emails."""
from django.template import Context, Engine, Template

ENGINE = Engine(autoescape=True)


def render_html(body_template: str, user, message):
    template = Template(body_template)
    # expect: autoescape-off
    return template.render(Context({"user": user, "message": message}, autoescape=False))


def render_text(body_template: str, user):
    # expect: autoescape-off
    ctx = Context({"user": user}, autoescape=False)
    return ENGINE.from_string(body_template).render(ctx)


def render_html_escaped(body_template: str, user, message):
    return Template(body_template).render(Context({"user": user, "message": message}))
