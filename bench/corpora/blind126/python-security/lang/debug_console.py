"""A remote debug console for the support team, served over a TCP socket."""
import code
import io
import socketserver
from contextlib import redirect_stdout

BANNER = "support console"


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole({"server": self.server})
        console.push("import sys")
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            buf = io.StringIO()
            with redirect_stdout(buf):
                # expect: code-injection
                console.push(line)
            self.wfile.write(buf.getvalue().encode())


def run_snippet(snippet):
    interp = code.InteractiveInterpreter({})
    # expect: code-injection
    return interp.runsource(snippet, "<support>")


def run_compiled(snippet):
    interp = code.InteractiveInterpreter({})
    # expect: code-injection
    interp.runcode(code.compile_command(snippet))


def self_test():
    interp = code.InteractiveInterpreter({})
    interp.runsource("print('console ready')")
    interp.runcode(code.compile_command("x = 1 + 1"))


def serve(port):
    with socketserver.TCPServer(("127.0.0.1", port), ConsoleHandler) as server:
        server.serve_forever()
