"""Process helpers for the build agent. Job specs arrive from the queue (untrusted)."""
import os
import pty
import shlex
import subprocess as sp
from subprocess import PIPE, Popen

TOOLS = {"lint": ["ruff", "check", "."], "test": ["pytest", "-q"]}


def run_job(job: dict) -> int:
    # expect: command-injection
    return sp.call(job["command"], shell=True)


def run_named(job: dict) -> int:
    argv = TOOLS.get(job["tool"])
    if argv is None:
        raise ValueError("unknown tool")
    return sp.call(argv, cwd=job.get("workdir", "."))


def run_with_env(job: dict) -> int:
    env = dict(os.environ)
    env.update(job.get("env", {}))
    # expect: command-injection
    return sp.call(["make", "build"], env=env)


def spawn_tool(job: dict) -> int:
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, job["program"], job["program"], "--version")


def exec_into(job: dict) -> None:
    # expect: command-injection
    os.execvp(job["program"], [job["program"], *job.get("args", [])])


def interactive(job: dict) -> None:
    # expect: command-injection
    pty.spawn(["/bin/sh", "-c", job["script"]])


def posix(job: dict) -> int:
    # expect: command-injection
    pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", job["script"]], os.environ)
    return os.waitpid(pid, 0)[1]


def quoted(job: dict) -> str:
    cmd = "git log --oneline -n 5 -- " + shlex.quote(job["path"])
    return sp.check_output(cmd, shell=True, text=True)


def pipe_grep(job: dict) -> bytes:
    p = Popen(["grep", "-r", "--", job["pattern"], "src"], stdout=PIPE)
    return p.communicate()[0]


def cleanup() -> None:
    sp.run("rm -rf build/ dist/ *.egg-info", shell=True, check=False)
    os.system("sync")


def popen_legacy(job: dict) -> str:
    # expect: command-injection
    return os.popen("tar tzf " + job["archive"]).read()
