from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=True)
_plain = Environment(autoescape=True)


def render_in_sandbox(source, context):
    return _sandbox.from_string(source).render(context)


def render_preview(source, context):
    # expect: template-injection
    return _plain.from_string(source).render(context)
