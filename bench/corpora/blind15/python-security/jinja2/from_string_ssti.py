# library: jinja2 (Environment.from_string / Template)
from jinja2 import Environment, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

env = Environment(autoescape=select_autoescape(["html"]))
sandbox = SandboxedEnvironment(autoescape=True)


def render_custom_email(user_template: str, user):
    # expect: template-injection
    return env.from_string(user_template).render(user=user)


def render_signature(signature_src: str, name: str):
    # expect: template-injection
    return Template(signature_src).render(name=name)


def render_custom_email_sandboxed(user_template: str, user):
    return sandbox.from_string(user_template).render(user=user)


def render_welcome(user):
    return env.from_string("Hello {{ user.name }}, welcome back!").render(user=user)


def render_page(name: str, context: dict):
    return env.get_template(f"pages/{name}.html").render(**context)
