"""Remote debug console of the game server (admin socket on the management network).

Lines arrive from the admin client over the socket; the console is meant for staff only,
but the socket has no authentication of its own (see SEC-412).
"""
import code
import io
import logging
import socketserver
from contextlib import redirect_stderr, redirect_stdout

from .world import WORLD

log = logging.getLogger(__name__)

BANNER = "game server console; `WORLD` is the live world"


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole(locals={"WORLD": WORLD})
        console.push("import math")
        self.wfile.write(BANNER.encode() + b"\n>>> ")
        for raw in self.rfile:
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            buf = io.StringIO()
            with redirect_stdout(buf), redirect_stderr(buf):
                # expect: code-injection
                more = console.push(line)
            self.wfile.write(buf.getvalue().encode() + (b"... " if more else b">>> "))


def run_startup_script(path):
    interp = code.InteractiveInterpreter(locals={"WORLD": WORLD})
    interp.runsource("print('startup hooks loaded')")
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    interp.runsource(source, filename=path, symbol="exec")


def eval_admin_command(payload):
    """Called by the HTTP admin API with the JSON body's ``expr``."""
    interp = code.InteractiveInterpreter(locals={"WORLD": WORLD})
    # expect: code-injection
    interp.runsource(payload["expr"])


def serve(host="10.0.0.5", port=7777):
    with socketserver.ThreadingTCPServer((host, port), ConsoleHandler) as server:
        log.info("debug console on %s:%d", host, port)
        server.serve_forever()
