"""Remote debug console for the operations team."""
import code
import socketserver

from .app import application


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole(locals={"app": application})
        for raw in self.rfile:
            line = raw.decode("utf-8").rstrip("\n")
            # expect: code-injection
            more = console.push(line)
            self.wfile.write(b"... " if more else b">>> ")


def run_snippet(source):
    interp = code.InteractiveInterpreter({"app": application})
    # expect: code-injection
    return interp.runsource(source, "<remote>")


def run_compiled(text):
    interp = code.InteractiveInterpreter()
    compiled = code.compile_command(text, "<ops>", "exec")
    # expect: code-injection
    interp.runcode(compiled)


class WebConsole:
    def __init__(self):
        self.console = code.InteractiveConsole()

    def on_message(self, message):
        # expect: code-injection
        return self.console.push(message["input"])


def preload():
    console = code.InteractiveConsole(locals={"app": application})
    console.push("import json")
    console.push("from app import models")
    return console


def local_shell():
    code.interact(banner="local ops shell", local={"app": application})
