"""Jinja2 rendering of config templates."""
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=False)


def render_sandboxed(template_code, context):
    return _sandbox.from_string(template_code).render(**context)


def render_jinja2(template_code, context):
    environment = Environment(autoescape=False)
    # expect: template-injection
    template = environment.from_string(source=template_code)
    return template.render(**context)
