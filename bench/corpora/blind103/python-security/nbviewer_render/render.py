import nbformat
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from nbconvert import HTMLExporter

env = Environment(loader=FileSystemLoader("/srv/nbviewer/templates"), autoescape=select_autoescape(["html"]))


def render_notebook(nb_json, config=None):
    nb = nbformat.reads(nb_json, as_version=4)
    body, _ = HTMLExporter(config=config).from_notebook_node(nb)
    return body


def breadcrumb(path_name, link):
    return Markup('<a href="{}">{}</a>').format(link, path_name)


def title_html(title):
    # expect: xss
    return Markup("<title>%s - nbviewer</title>" % title)


def title_html_escaped(title):
    return Markup("<title>%s - nbviewer</title>") % escape(title)
