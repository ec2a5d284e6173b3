import jinja2
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=False)


def render_preview(config_text, variables):
    # expect: template-injection
    return jinja2.Template(config_text).render(**variables)


def render_preview_sandboxed(config_text, variables):
    return _sandbox.from_string(config_text).render(**dict(variables))
