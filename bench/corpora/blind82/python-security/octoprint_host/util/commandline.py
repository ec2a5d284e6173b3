import shlex
import subprocess


class CommandlineCaller:
    def __init__(self, timeout=60):
        self.timeout = timeout

    def call(self, command, **kwargs):
        if isinstance(command, (list, tuple)):
            return subprocess.run(command, capture_output=True, text=True, timeout=self.timeout, **kwargs)
        # expect: command-injection
        return subprocess.run(command, shell=True, capture_output=True, text=True, timeout=self.timeout, **kwargs)

    def call_quoted(self, template, *values):
        return subprocess.run(template.format(*[shlex.quote(v) for v in values]), shell=True, capture_output=True, text=True, timeout=self.timeout)
