"""`appctl shell`: an interactive console preloaded with the app's objects."""
import argparse
import code
import getopt
import os
import sys
from code import InteractiveInterpreter, compile_command

from app import create_app, db

STARTUP_ENV = "APPCTL_STARTUP"


def banner():
    return "appctl shell (%s)" % os.environ.get("APP_ENV", "dev")


def run_startup(console):
    snippet = os.environ.get(STARTUP_ENV)
    if snippet:
        # expect: code-injection
        console.push(snippet)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="appctl shell")
    parser.add_argument("-c", "--command", help="run one statement and exit")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    app = create_app()
    console = code.InteractiveConsole({"app": app, "db": db})
    console.push("import datetime")
    run_startup(console)
    if args.command:
        # expect: code-injection
        console.runsource(args.command, "<appctl -c>")
        return 0
    console.interact(banner="" if args.quiet else banner())
    return 0


def exec_files():
    interp = InteractiveInterpreter(locals={"sys": sys})
    for stmt in sys.argv[2:]:
        # expect: code-injection
        interp.runsource(stmt, filename="<argv>", symbol="exec")


def legacy_main():
    opts, rest = getopt.getopt(sys.argv[1:], "e:")
    interp = code.InteractiveInterpreter()
    for flag, value in opts:
        if flag == "-e":
            compiled = compile_command(value)
            # expect: code-injection
            interp.runcode(compiled)
    interp.runsource("print('done')")


def prelude():
    console = code.InteractiveConsole()
    home = os.environ.get("HOME", "/root")
    console.push("import os")
    console.runsource("HOME = %r" % home)
    console.push("__name__ = '__console__'")
    return console


if __name__ == "__main__":
    sys.exit(main())
