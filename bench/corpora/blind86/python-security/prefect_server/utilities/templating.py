from jinja2 import Environment
from jinja2.sandbox import ImmutableSandboxedEnvironment

_sandbox = ImmutableSandboxedEnvironment()


def render_label(template, flow_run):
    # expect: template-injection
    return Environment().from_string(template).render(flow_run=flow_run)


def render_label_sandboxed(template, flow_run):
    return _sandbox.from_string(template).render(flow_run=flow_run)
