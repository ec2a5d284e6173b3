import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

JINJA2_MAX_RETURN_PAYLOAD_SIZE = 1024 * 1024


def render(template_str, **args):
    jinja2_env = ImmutableSandboxedEnvironment(extensions=["jinja2_time.TimeExtension"])
    output = jinja2_env.from_string(template_str).render(args)
    return output[:JINJA2_MAX_RETURN_PAYLOAD_SIZE]


def render_unsandboxed(template_str, **args):
    # expect: template-injection
    return jinja2.Environment().from_string(template_str).render(args)
