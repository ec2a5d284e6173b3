"""Maintenance console for the batch host: runs startup snippets, then hands over."""
import argparse
import ast
import code
import getopt
import optparse
import os
import sys


def run_first_arg():
    console = code.InteractiveConsole(locals={"__name__": "__console__"})
    # expect: code-injection
    console.push(sys.argv[1])
    console.interact(banner="batch console")


def run_startup_snippet():
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    interp.runsource(os.environ["CONSOLE_STARTUP"], "<startup>")


def main():
    parser = argparse.ArgumentParser(description="maintenance console")
    parser.add_argument("--expr", required=True)
    args = parser.parse_args()
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    interp.runcode(code.compile_command(args.expr, "<cli>", "exec"))


def run_opts():
    opts, _rest = getopt.getopt(sys.argv[1:], "e:", ["exec="])
    console = code.InteractiveConsole()
    for opt, value in opts:
        if opt in ("-e", "--exec"):
            # expect: code-injection
            console.push(value)


def run_init_file():
    snippet = os.getenv("CONSOLE_INIT", "")
    interp = code.InteractiveInterpreter(locals={})
    compiled = code.compile_command(snippet, "<env>", "exec")
    # expect: code-injection
    interp.runcode(compiled)


def run_legacy():
    parser = optparse.OptionParser()
    parser.add_option("-c", dest="command")
    options, _ = parser.parse_args()
    shell = code.InteractiveConsole()
    # expect: code-injection
    shell.runsource(options.command)


def run_banner():
    console = code.InteractiveConsole()
    console.push("import math, json")
    console.interact(banner="batch console (local)")


def read_limit():
    limit = ast.literal_eval(os.environ.get("CONSOLE_LIMIT", "100"))
    return int(limit)
