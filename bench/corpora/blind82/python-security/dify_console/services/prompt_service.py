import jinja2
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=False)


class PromptService:
    def __init__(self, app_model):
        self.app_model = app_model

    def render(self, template, inputs):
        # expect: template-injection
        return jinja2.Template(template).render(**inputs)

    def render_sandboxed(self, template, inputs):
        return _sandbox.from_string(template).render(**inputs)
