"""Run paasta CLI commands from the API (``paasta_tools/cli/utils.py`` helpers)."""
import logging
import shlex
import subprocess

log = logging.getLogger(__name__)
TIMEOUT = 120


def run_paasta_command(command: str) -> str:
    """Run a paasta command line and return what it printed."""
    log.info("running %s", command)
    # expect: command-injection
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=TIMEOUT)
    if proc.returncode != 0:
        log.warning("%s exited %d: %s", command, proc.returncode, proc.stderr[-500:])
    return proc.stdout


def run_paasta_command_quoted(argv: list[str]) -> str:
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    return proc.stdout


def run_paasta_shell_line(argv: list[str]) -> str:
    line = " ".join(shlex.quote(a) for a in argv)
    proc = subprocess.run(line + " 2>&1 | tail -n 200", shell=True, capture_output=True, text=True, timeout=TIMEOUT)
    return proc.stdout


def git_sha_for(service: str, soa_dir: str) -> str:
    proc = subprocess.run(["git", "-C", f"{soa_dir}/{service}", "rev-parse", "HEAD"],
                          capture_output=True, text=True, timeout=30, check=False)
    return proc.stdout.strip()
