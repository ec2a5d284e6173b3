"""
owtf.shell.base
~~~~~~~~~~~~~~~

Runs the command of a tool plugin against a stored target.
"""
import logging
import shlex
import subprocess

from owtf.settings import OUTPUT_PATH

TOOLS = {
    "whatweb": "whatweb --color=never @@@TARGET_URL@@@",
    "nikto": "nikto -h @@@TARGET_URL@@@ -Format txt",
    "wafw00f": "wafw00f @@@TARGET_URL@@@",
}


def run_plugin_command(tool, target_url, extra_args=""):
    template = TOOLS.get(tool, TOOLS["whatweb"])
    command = template.replace("@@@TARGET_URL@@@", target_url)
    logging.info("Running plugin command: %s", command)
    # expect: command-injection
    proc = subprocess.run(command + " " + extra_args, shell=True, capture_output=True, cwd=OUTPUT_PATH, timeout=600)
    return proc.stdout.decode("utf-8", "replace")


def run_plugin_command_quoted(tool, target_url):
    template = TOOLS.get(tool, TOOLS["whatweb"])
    command = template.replace("@@@TARGET_URL@@@", shlex.quote(target_url))
    proc = subprocess.run(command, shell=True, capture_output=True, cwd=OUTPUT_PATH, timeout=600)
    return proc.stdout.decode("utf-8", "replace")


def run_plugin_argv(target_url):
    proc = subprocess.run(["whatweb", "--color=never", target_url], capture_output=True, timeout=600)
    return proc.stdout.decode("utf-8", "replace")
