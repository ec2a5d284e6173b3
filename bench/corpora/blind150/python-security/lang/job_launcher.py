"""Launches render jobs for the print queue as separate processes."""
import logging
import os
import shutil
import subprocess

log = logging.getLogger(__name__)

RENDERER = "/opt/render/bin/render"


def launch_render(job):
    tool = job.get("tool", RENDERER)
    # expect: command-injection
    pid = os.spawnlp(os.P_NOWAIT, tool, tool, "--input", job["input"])
    log.info("render pid %s", pid)
    return pid


def launch_converter(job):
    argv = [job["converter"], job["input"], job["output"]]
    # expect: command-injection
    return os.spawnv(os.P_WAIT, job["converter"], argv)


def open_preview(path):
    # expect: command-injection
    os.startfile(path)


def launch_fixed(job):
    input_path = os.path.realpath(job["input"])
    return os.spawnl(os.P_WAIT, RENDERER, RENDERER, "--input", input_path)


def launch_thumbnailer(job):
    tool = shutil.which("convert")
    if tool is None:
        raise RuntimeError("ImageMagick is not installed")
    return subprocess.run([tool, job["input"], "-thumbnail", "200x200", job["thumb"]], check=True)


def launch_cleanup():
    return os.spawnlp(os.P_NOWAIT, "find", "find", "/var/spool/render", "-mtime", "+7", "-delete")


def launch_all(jobs):
    pids = []
    for job in jobs:
        try:
            pids.append(launch_render(job))
        except OSError as exc:
            log.error("could not start job %s: %s", job.get("id"), exc)
    return pids
