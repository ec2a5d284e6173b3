"""Minimal kernel that runs cells sent by the notebook front end over a socket."""
import code
import json
import socketserver


class CellHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole(locals={"__name__": "__cell__"})
        for line in self.rfile:
            message = json.loads(line)
            # expect: code-injection
            console.push(message["source"])


class Kernel:
    def __init__(self):
        self.interp = code.InteractiveInterpreter(locals={})

    def run_cell(self, cell):
        # expect: code-injection
        return self.interp.runsource(cell["source"], cell.get("name", "<cell>"), "exec")

    def run_file(self, path):
        with open(path) as fh:
            source = fh.read()
        interp = code.InteractiveInterpreter()
        # expect: code-injection
        compiled = code.compile_command(source, path, "exec")
        interp.runcode(compiled)


async def on_ws_message(ws, raw):
    console = code.InteractiveConsole()
    payload = json.loads(raw)
    # expect: code-injection
    console.push(payload["code"])


def banner():
    console = code.InteractiveConsole()
    console.push("import sys")
    console.push("print(sys.version)")


def self_test():
    interp = code.InteractiveInterpreter()
    interp.runcode(code.compile_command("1 + 1"))
    interp.runsource("assert True")
