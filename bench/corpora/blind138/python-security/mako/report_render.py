"""Render HTML reports with Mako."""
from mako.lookup import TemplateLookup
from mako.template import Template

lookup = TemplateLookup(directories=["templates/reports"], default_filters=["h"])

ROW = "<tr><td>${name}</td><td>${status}</td></tr>"


def render_summary(report):
    # expect: xss
    tmpl = Template(filename="templates/reports/summary.html")
    return tmpl.render(report=report)


def render_rows(items):
    # expect: xss
    row = Template(ROW)
    return "".join(row.render(name=i.name, status=i.status) for i in items)


def render_comment(comment):
    # expect: xss
    return Template("<div class='comment'>${body}</div>").render(body=comment.body)


def render_escaped(comment):
    return Template("<div>${body}</div>", default_filters=["h"]).render(body=comment.body)


def render_detail(report):
    return lookup.get_template("detail.html").render(report=report)


def render_plain(report):
    return Template("Report ${name}: ${status}\n", output_encoding=None).render(name=report.name, status=report.status)
