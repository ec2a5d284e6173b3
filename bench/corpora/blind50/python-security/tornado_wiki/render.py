"""Rendering helpers for wiki pages."""
import tornado.escape
from tornado.template import Template

PAGE_SHELL = "<html><head><title>{title}</title></head><body>{body}</body></html>"


def page_html(title, body):
    return PAGE_SHELL.format(title=title, body=body)


def page_html_escaped(title, body):
    return PAGE_SHELL.format(title=tornado.escape.xhtml_escape(title), body=tornado.escape.xhtml_escape(body))


def render_snippet(source, **context):
    # expect: template-injection
    return Template(source).generate(**context)


def render_fixed(**context):
    return Template("<p>{{ author }} edited {{ title }}</p>").generate(**context)
