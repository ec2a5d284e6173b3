# library: Jinja2 (Environment)
"""Renders notification e-mails and the status page."""
from jinja2 import Environment, FileSystemLoader, PackageLoader, Template, select_autoescape

# expect: xss
html_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=False)

# expect: xss
page_env = Environment(loader=PackageLoader("statuspage", "templates"))

safe_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html", "xml"]))

text_env = Environment(loader=FileSystemLoader("templates/sms"), autoescape=False, keep_trailing_newline=True)

strict_env = Environment(loader=FileSystemLoader("templates/web"), autoescape=True)


def render_welcome(user):
    return html_env.get_template("welcome.html").render(user=user)


def render_banner(message):
    # expect: xss
    return Template("<div class='banner'>{{ message }}</div>").render(message=message)


def render_banner_safe(message):
    return strict_env.from_string("<div class='banner'>{{ message }}</div>").render(message=message)


def render_sms(user):
    return text_env.get_template("otp.txt").render(user=user)
