"""Jinja2 environments for the notification service (HTML mail, web digests, plain SMS)."""
import jinja2
from jinja2 import Environment as JinjaEnv
from jinja2 import FileSystemLoader, PackageLoader, select_autoescape

TEMPLATE_DIR = "notifications/templates"

# expect: xss
html_mail_env = jinja2.Environment(loader=FileSystemLoader(TEMPLATE_DIR), trim_blocks=True)

safe_mail_env = jinja2.Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
)

sms_env = JinjaEnv(loader=PackageLoader("notifications", "sms"), autoescape=False)


def digest_env():
    # expect: xss
    return JinjaEnv(
        loader=PackageLoader("notifications", "digests"),
        lstrip_blocks=True,
    )


def render_banner(message_html_template, user):
    # expect: xss
    tpl = jinja2.Environment().from_string(message_html_template)
    return tpl.render(user=user)


def render_mail(name, **ctx):
    return safe_mail_env.get_template(name).render(**ctx)


def render_sms(name, **ctx):
    return sms_env.get_template(name).render(**ctx)


def render_inline_card(user):
    env = JinjaEnv(autoescape=True)
    return env.from_string("<div class='card'>{{ user.display_name }}</div>").render(user=user)
