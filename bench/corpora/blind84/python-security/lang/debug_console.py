"""Remote maintenance console: a TCP service the ops team connects to."""
import code
import socketserver
import sys
from code import InteractiveInterpreter


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole(locals={"app": self.server.app})
        console.push("import json, datetime")
        while True:
            line = self.rfile.readline()
            if not line:
                break
            # expect: code-injection
            more = console.push(line.decode("utf-8").rstrip("\n"))
            self.wfile.write(b"... " if more else b">>> ")


class ScriptRunner:
    def __init__(self, app):
        self.interp = code.InteractiveInterpreter(locals={"app": app})

    def run_uploaded(self, upload):
        source = upload.read().decode("utf-8")
        # expect: code-injection
        self.interp.runsource(source, filename=upload.filename, symbol="exec")

    def run_snippet(self, request):
        snippet = request.form["snippet"]
        # expect: code-injection
        self.interp.runcode(code.compile_command(snippet, "<web>", "exec"))

    def warmup(self):
        self.interp.runsource("app.cache.warm()")


def run_job_expression(job):
    interp = InteractiveInterpreter()
    compiled = code.compile_command(job["expression"], "<job>", "eval")
    # expect: code-injection
    interp.runcode(compiled)


def banner_console():
    console = code.InteractiveConsole()
    console.push("print('maintenance shell ready')")
    compiled = code.compile_command("1 + 1", "<selftest>", "eval")
    console.runcode(compiled)
    return console


class ConsoleServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, app, address=("127.0.0.1", 7001)):
        super().__init__(address, ConsoleHandler)
        self.app = app


if __name__ == "__main__":
    print("start via manage.py console", file=sys.stderr)
