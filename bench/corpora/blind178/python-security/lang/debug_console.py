"""Remote debugging helpers for the worker fleet.

``local_shell`` is used from a management command on the box itself; the
socket and HTTP variants were added for the staging dashboard.
"""
import code
import io
import socketserver
from contextlib import redirect_stdout

from flask import Blueprint, jsonify, request

bp = Blueprint("debug", __name__)
SESSION_NAMESPACE = {"__name__": "__debug_console__"}


def local_shell(worker):
    console = code.InteractiveConsole(locals={"worker": worker, "queue": worker.queue})
    console.push("import pprint")
    console.interact(banner=f"worker {worker.name} shell", exitmsg="bye")


class ConsoleHandler(socketserver.StreamRequestHandler):
    """One console per TCP connection on the debug port."""

    def handle(self):
        console = code.InteractiveConsole(locals=dict(SESSION_NAMESPACE))
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            buffer = io.StringIO()
            with redirect_stdout(buffer):
                # expect: code-injection
                more = console.push(line)
            self.wfile.write((buffer.getvalue() + ("... " if more else ">>> ")).encode())


@bp.route("/debug/eval", methods=["POST"])
def eval_snippet():
    interpreter = code.InteractiveInterpreter(locals=dict(SESSION_NAMESPACE))
    source = request.get_json()["source"]
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        # expect: code-injection
        incomplete = interpreter.runsource(source, "<dashboard>")
    return jsonify(output=buffer.getvalue(), incomplete=incomplete)


def warmup(worker):
    interpreter = code.InteractiveInterpreter(locals={"worker": worker})
    interpreter.runsource("worker.cache.prime()", "<warmup>")
    interpreter.runcode(code.compile_command("worker.metrics.reset()"))


def serve_debug_port(port=7777):
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), ConsoleHandler) as server:
        server.serve_forever()
