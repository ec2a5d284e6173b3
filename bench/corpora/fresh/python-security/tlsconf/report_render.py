from mako.template import Template
from mako.lookup import TemplateLookup
from mako import template as mako_template

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = "/srv/reports/templates"

lookup = TemplateLookup(directories=[TEMPLATE_DIR], default_filters=["h"])

# expect: xss
html_lookup = TemplateLookup(directories=[TEMPLATE_DIR])


def render_summary(user, rows):
    tpl = lookup.get_template("summary.html")
    return tpl.render(user=user, rows=rows)


def render_banner(message):
    # expect: xss
    return Template("<div class='banner'>${message}</div>").render(message=message)


def render_banner_escaped(message):
    return Template("<div class='banner'>${message | h}</div>").render(message=message)


def render_user_template(source, context):
    # customers upload their own report layouts
    # expect: code-injection
    return mako_template.Template(source).render(**context)


def render_csv_row(values):
    return Template("${','.join(values)}\n", default_filters=["str"]).render(values=values)


# expect: xss
page_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR))

safe_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "xml"]))

# plain-text notification bodies, never HTML
text_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR + "/text"), autoescape=False)


def html_env(strict: bool):
    # expect: xss
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=False, undefined=jinja2.StrictUndefined if strict else jinja2.Undefined)


def render_page(name, **ctx):
    return page_env.get_template(name).render(**ctx)


def render_page_safe(name, **ctx):
    return safe_env.get_template(name).render(**ctx)


def render_inline(snippet, **ctx):
    # expect: code-injection
    return jinja2.Template(snippet).render(**ctx)


def render_inline_fixed(**ctx):
    return safe_env.from_string("<p>{{ name }}</p>").render(**ctx)
