"""Maintenance shell: starts an interactive console with the app loaded."""
import code
import os
import sys

from myapp import create_app


def run_console():
    app = create_app()
    console = code.InteractiveConsole(locals={"app": app})
    console.push("import logging")
    if len(sys.argv) > 1:
        # expect: code-injection
        console.push(sys.argv[1])
    console.interact(banner="app shell")


def run_startup_snippet():
    interp = code.InteractiveInterpreter(locals={})
    snippet = os.environ.get("SHELL_STARTUP", "")
    # expect: code-injection
    interp.runsource(snippet)
    interp.runsource("print('startup done')")
