"""Rescue console for the inventory worker: runs snippets against live state."""
import argparse
import code
import logging
import os
import sys

from .state import load_state

log = logging.getLogger("rescue")


def console_for(state):
    return code.InteractiveConsole(locals={"state": state, "log": log})


def run_argv_snippet():
    console = console_for(load_state())
    # expect: code-injection
    console.push(sys.argv[1])


def run_env_snippet():
    interp = code.InteractiveInterpreter(locals={"state": load_state()})
    # expect: code-injection
    interp.runsource(os.environ["RESCUE_SNIPPET"], "<env>")


def run_option_snippet(argv=None):
    parser = argparse.ArgumentParser(description="run a rescue snippet")
    parser.add_argument("--exec", dest="snippet", required=True)
    args = parser.parse_args(argv)
    console = console_for(load_state())
    # expect: code-injection
    console.runsource(args.snippet)


def show_banner():
    console = console_for(load_state())
    console.push("print(len(state.items), 'items loaded')")


def interactive():
    console = console_for(load_state())
    console.interact(banner="inventory rescue console; `state` is live", exitmsg="bye")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--interactive":
        interactive()
    else:
        run_option_snippet()
