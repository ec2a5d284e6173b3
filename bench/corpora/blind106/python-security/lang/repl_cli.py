"""Admin console: runs Python snippets against the app context."""
import argparse
import code
import os
import sys

from .app import create_app


def build_console():
    app = create_app()
    return code.InteractiveConsole(locals={"app": app, "db": app.db})


def run_startup(console):
    startup = os.environ.get("CONSOLE_STARTUP", "")
    # expect: code-injection
    console.push(startup)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exec", dest="snippet")
    args = parser.parse_args()
    console = code.InteractiveConsole(locals={"app": create_app()})
    if args.snippet:
        # expect: code-injection
        console.runsource(args.snippet)
    console.interact(banner="app console")


def run_argv():
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    interp.runsource(sys.argv[1], "<argv>")


def run_compiled():
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    compiled = code.compile_command(os.getenv("SNIPPET", "None"))
    interp.runcode(compiled)


def warm_up():
    console = code.InteractiveConsole()
    console.push("import math")
    console.runsource("print('ready')")


def show_help():
    interp = code.InteractiveInterpreter()
    interp.runsource("help('modules')", "<help>")
