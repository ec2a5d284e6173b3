# library: jinja2
"""Rendering for HTML newsletters and plain-text receipts."""
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

# expect: xss
html_env = Environment(loader=FileSystemLoader("templates/newsletter"), autoescape=False)

safe_env = Environment(
    loader=PackageLoader("newsletter", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False)


def render_issue(issue, subscriber):
    return html_env.get_template("issue.html").render(issue=issue, subscriber=subscriber)


def render_issue_safe(issue, subscriber):
    return safe_env.get_template("issue.html").render(issue=issue, subscriber=subscriber)


def render_receipt(order):
    return text_env.get_template("receipt.txt").render(order=order)


def render_snippet(comment):
    # expect: xss
    env = Environment(loader=FileSystemLoader("templates/snippets"))
    return env.get_template("comment.html").render(comment=comment)


def render_snippet_safe(comment):
    env = Environment(loader=FileSystemLoader("templates/snippets"), autoescape=True)
    return env.get_template("comment.html").render(comment=comment)
