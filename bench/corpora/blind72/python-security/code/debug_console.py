"""A line-based debug console exposed to operators over a Unix socket."""
import code
import logging
import socketserver
from code import InteractiveConsole as Console

log = logging.getLogger(__name__)
SOCKET_PATH = "/run/worker/debug.sock"
GREETING = "print('worker debug console')"


class ConsoleHandler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self.console = Console(locals={"handler": self})
        self.console.push(GREETING)

    def handle(self):
        for raw in self.rfile:
            line = raw.decode("utf-8").rstrip("\n")
            log.info("console line from %s", self.client_address)
            # expect: code-injection
            more = self.console.push(line)
            self.wfile.write(b"... " if more else b">>> ")


class ScriptRunner:
    def __init__(self, namespace):
        self.interp = code.InteractiveInterpreter(namespace)

    def run_block(self, block):
        # expect: code-injection
        return self.interp.runsource(block, "<remote>", "exec")


def run_snippet(snippet, namespace):
    interp = code.InteractiveInterpreter(namespace)
    compiled = code.compile_command(snippet, "<snippet>", "exec")
    if compiled is not None:
        # expect: code-injection
        interp.runcode(compiled)


def eval_queue(messages):
    console = code.InteractiveConsole()
    for msg in messages:
        # expect: code-injection
        console.runcode(code.compile_command(msg["source"]))


def warmup():
    interp = code.InteractiveInterpreter({})
    interp.runsource("import json, datetime")
    interp.runcode(code.compile_command("x = 1"))
    return interp


def serve():
    with socketserver.UnixStreamServer(SOCKET_PATH, ConsoleHandler) as server:
        server.serve_forever()
