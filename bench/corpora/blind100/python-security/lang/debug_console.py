"""Remote debug console for the worker processes (enabled per deployment)."""
import code
import socketserver
import sys

from .state import registry


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole({"registry": registry})
        for raw in self.rfile:
            line = raw.decode().rstrip("\n")
            # expect: code-injection
            more = console.push(line)
            self.wfile.write(b"... " if more else b">>> ")


def run_snippet(source):
    interp = code.InteractiveInterpreter({"registry": registry})
    # expect: code-injection
    interp.runsource(source, "<snippet>")


def run_compiled(text):
    interp = code.InteractiveInterpreter({})
    compiled = code.compile_command(text, "<job>", "exec")
    # expect: code-injection
    interp.runcode(compiled)


def replay(lines):
    console = code.InteractiveConsole()
    for entry in lines:
        # expect: code-injection
        console.push(entry.strip())


def banner_console():
    console = code.InteractiveConsole({"registry": registry})
    console.push("import json")
    console.push("print(sorted(registry))")
    return console


def local_shell():
    code.interact(banner="worker shell", local={"registry": registry}, exitmsg="bye")
    sys.stdout.flush()
