"""A support console that replays operator snippets inside the running service."""
import code
from code import compile_command as compile_snippet


class SupportConsole:
    def __init__(self, namespace):
        self.console = code.InteractiveConsole(locals=namespace)

    def feed(self, lines):
        console = code.InteractiveConsole(locals={"app": None})
        for line in lines:
            # expect: code-injection
            console.push(line)


def replay(session_text, namespace):
    interp = code.InteractiveInterpreter(locals=namespace)
    source = "\n".join(session_text.splitlines()[1:])
    # expect: code-injection
    interp.runsource(source, filename="<support>")
    return interp


def run_compiled(snippet):
    interp = code.InteractiveInterpreter()
    compiled = code.compile_command(snippet, "<ticket>", "exec")
    # expect: code-injection
    interp.runcode(compiled)


def run_inline(request_body):
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    interp.runcode(code.compile_command(request_body.decode()))


def warm_up():
    interp = code.InteractiveInterpreter()
    interp.runsource("import json, datetime")
    console = code.InteractiveConsole()
    console.push("print('console ready')")
    interp.runcode(code.compile_command("x = 1"))
