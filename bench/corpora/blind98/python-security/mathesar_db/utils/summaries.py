"""Record summary templates: a user-edited template per table."""
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_env = Environment()
_sandbox = SandboxedEnvironment()


def render_summary(template_text, record):
    # expect: template-injection
    return _env.from_string(template_text).render(record=record)


def render_summary_sandboxed(template_text, record):
    return _sandbox.from_string(template_text).render(record=record)
