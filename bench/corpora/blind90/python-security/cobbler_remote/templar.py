"""Templar: renders autoinstall snippets."""
from Cheetah.Template import Template
from jinja2.sandbox import SandboxedEnvironment


class Templar:
    def __init__(self):
        self.sandbox = SandboxedEnvironment()

    def render(self, data_input, search_table):
        # expect: template-injection
        template = Template(source=data_input, searchList=[search_table])
        return str(template)

    def render_sandboxed(self, data_input, search_table):
        return self.sandbox.from_string(data_input).render(**search_table)
