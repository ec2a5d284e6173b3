"""Remote debug console for the ops socket (enabled with OPS_CONSOLE=1)."""
import code
import logging
import socketserver

log = logging.getLogger("ops-console")


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole(locals={"server": self.server})
        console.push("import sys, gc")
        for raw in self.rfile:
            line = raw.decode("utf-8").rstrip("\n")
            # expect: code-injection
            more = console.push(line)
            self.wfile.write(b"... " if more else b">>> ")


class ScriptRunner:
    def __init__(self, namespace):
        self.interp = code.InteractiveInterpreter(locals=namespace)

    def run_script(self, src, name):
        # expect: code-injection
        return self.interp.runsource(src, "<ops:%s>" % name)


def run_snippet(namespace, snippet):
    interp = code.InteractiveInterpreter(namespace)
    # expect: code-injection
    interp.runcode(code.compile_command(snippet))


def run_compiled(namespace, text):
    interp = code.InteractiveInterpreter(namespace)
    compiled = code.compile_command(text, "<ops>", "exec")
    if compiled is None:
        return False
    # expect: code-injection
    interp.runcode(compiled)
    return True


def warm_up(namespace):
    interp = code.InteractiveInterpreter(namespace)
    interp.runsource("print('console ready')")
    interp.runcode(code.compile_command("gc.collect()"))


def serve(port=7070):
    with socketserver.TCPServer(("127.0.0.1", port), ConsoleHandler) as srv:
        log.info("ops console on 127.0.0.1:%d", port)
        srv.serve_forever()
