"""Renders notification e-mails and the static status page with Jinja2."""
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

# expect: xss
html_env = Environment(loader=FileSystemLoader("templates/email"))
safe_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html", "xml"]))
text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False)


def render_digest(user, items):
    return safe_env.get_template("digest.html").render(user=user, items=items)


def render_welcome(user):
    return html_env.get_template("welcome.html").render(user=user)


def render_plain(user):
    return text_env.get_template("welcome.txt").render(user=user)


def render_banner(message):
    # expect: xss
    return Template("<div class='banner'>{{ message }}</div>").render(message=message)


def render_banner_safe(message):
    return Template("<div class='banner'>{{ message }}</div>", autoescape=True).render(message=message)


def render_custom(user_template, context):
    # expect: code-injection
    return safe_env.from_string(user_template).render(**context)


def status_env(flags):
    opts = {"loader": FileSystemLoader("templates/status")}
    opts["autoescape"] = flags.get("escape", False)
    # expect: xss
    return Environment(**opts)
