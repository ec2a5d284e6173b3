from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from jinja2 import Environment as PlainEnv
from mako.lookup import TemplateLookup
from mako.template import Template as MakoTemplate
from markupsafe import Markup, escape

TEMPLATE_DIR = "templates"

# expect: autoescape-disabled
emails = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False)
pages = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "xml"]))
# plain-text SQL migrations: no HTML is ever produced from this one
sql_env = PlainEnv(loader=FileSystemLoader("migrations"), autoescape=False, keep_trailing_newline=True)

# expect: autoescape-disabled
widgets = PlainEnv(loader=FileSystemLoader(TEMPLATE_DIR))

# expect: mako-template
mako_pages = TemplateLookup(directories=[TEMPLATE_DIR])
mako_safe = TemplateLookup(directories=[TEMPLATE_DIR], default_filters=["h"])


def render_email(name, ctx):
    return emails.get_template(name).render(**ctx)


def render_card(user):
    # expect: mako-template
    tpl = MakoTemplate("<div class='card'>${name}</div>")
    return tpl.render(name=user.display_name)


def render_card_safe(user):
    tpl = MakoTemplate("<div class='card'>${name | h}</div>")
    return tpl.render(name=user.display_name)


def highlight(term, text):
    # expect: xss
    return Markup(text.replace(term, f"<mark>{term}</mark>"))


def highlight_safe(term, text):
    return Markup(escape(text).replace(escape(term), Markup("<mark>%s</mark>") % term))


def static_badge():
    return Markup('<span class="badge">beta</span>')


def inline(user_template: str, **ctx):
    # expect: template-injection
    return Template(user_template).render(**ctx)
