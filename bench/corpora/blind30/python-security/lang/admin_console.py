"""Remote maintenance console exposed on the ops socket of the worker."""
import code
import socketserver
from code import InteractiveInterpreter


class ConsoleHandler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self.console = code.InteractiveConsole(locals={"app": self.server.app})

    def handle(self):
        self.console.push("from app import models")
        for raw in self.rfile:
            line = raw.decode("utf-8").rstrip("\n")
            # expect: code-injection
            more = self.console.push(line)
            self.wfile.write(b"... " if more else b">>> ")


def run_snippet(source: str, namespace: dict) -> None:
    interp = InteractiveInterpreter(namespace)
    # expect: code-injection
    interp.runsource(source, "<hook>")


def run_hook_file(path: str, namespace: dict) -> None:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    interp = code.InteractiveInterpreter(namespace)
    compiled = code.compile_command(text, path, "exec")
    if compiled is not None:
        # expect: code-injection
        interp.runcode(compiled)


def is_complete(fragment: str) -> bool:
    """Used by the web UI to decide whether to show a continuation prompt; never runs the code."""
    return code.compile_command(fragment) is not None


def warm_up(namespace: dict) -> None:
    interp = code.InteractiveInterpreter(namespace)
    interp.runsource("import app.cache; app.cache.load()", "<warmup>")


def eval_cell(namespace: dict, cell: str) -> None:
    # expect: code-injection
    code.InteractiveInterpreter(namespace).runcode(code.compile_command(cell))
