"""E-mail and HTML report rendering with a standalone Jinja2 environment."""
from jinja2 import Environment, FileSystemLoader, PackageLoader, Template, select_autoescape

# expect: xss
html_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=False)
safe_env = Environment(loader=PackageLoader("notifier", "templates"), autoescape=select_autoescape(["html", "xml"]))
text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False, keep_trailing_newline=True)


def render_welcome_html(user) -> str:
    return html_env.get_template("welcome.html").render(name=user.display_name, plan=user.plan)


def render_welcome_safe(user) -> str:
    return safe_env.get_template("welcome.html").render(name=user.display_name, plan=user.plan)


def render_welcome_text(user) -> str:
    return text_env.get_template("welcome.txt").render(name=user.display_name)


def render_comment_digest(comments) -> str:
    # expect: xss
    tpl = Template("<ul>{% for c in comments %}<li>{{ c.author }}: {{ c.body }}</li>{% endfor %}</ul>")
    return tpl.render(comments=comments)


def render_comment_digest_escaped(comments) -> str:
    tpl = Template("<ul>{% for c in comments %}<li>{{ c.author }}: {{ c.body }}</li>{% endfor %}</ul>", autoescape=True)
    return tpl.render(comments=comments)


def render_subject(order) -> str:
    return Template("Order {{ number }} shipped").render(number=order.number)


def render_user_template(source: str, context: dict) -> str:
    # expect: template-injection
    return safe_env.from_string(source).render(**context)


def report_env(debug: bool) -> Environment:
    return Environment(loader=FileSystemLoader("templates/reports"), autoescape=True, auto_reload=debug)
