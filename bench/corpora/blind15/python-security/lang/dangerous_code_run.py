# library: code (InteractiveInterpreter / InteractiveConsole)
import code
import logging

log = logging.getLogger(__name__)


class DebugShell:
    """Runs snippets sent over the admin socket."""

    def __init__(self, namespace):
        self.interp = code.InteractiveInterpreter(locals=namespace)
        self.console = code.InteractiveConsole(locals=namespace)

    def handle(self, message: dict):
        snippet = message.get("source", "")
        log.info("running snippet from %s", message.get("peer"))
        # expect: code-injection
        return self.interp.runsource(snippet)

    def handle_lines(self, lines):
        for line in lines:
            # expect: code-injection
            self.console.push(line)

    def ping(self):
        return self.interp.runsource("1 + 1")

    def compile_only(self, snippet):
        return code.compile_command(snippet) is not None
