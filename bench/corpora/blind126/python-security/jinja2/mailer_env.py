"""Jinja2 environments of the notification mailer."""
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

# expect: xss
html_env = Environment(loader=FileSystemLoader("templates/email"), trim_blocks=True)

text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False)

web_env = Environment(
    loader=PackageLoader("mailer", "templates/web"),
    autoescape=select_autoescape(["html", "htm", "xml"]),
)


def render_welcome(user):
    template = html_env.get_template("welcome.html")
    return template.render(name=user.display_name, bio=user.bio)


def render_digest(user, posts):
    return text_env.get_template("digest.txt").render(name=user.display_name, posts=posts)


def comment_env(extra_filters):
    # expect: xss
    env = Environment(loader=FileSystemLoader("templates/comments"))
    env.filters.update(extra_filters)
    return env


def render_inline(source, **context):
    # expect: xss
    return Environment().from_string(source).render(**context)


def render_web(name, **context):
    return web_env.get_template(name).render(**context)


def strict_env():
    return Environment(loader=FileSystemLoader("templates/email"), autoescape=True)
