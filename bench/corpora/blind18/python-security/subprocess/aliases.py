"""Thin wrappers around git and ffmpeg used by the media worker."""
import logging
import shlex
import subprocess as sp
from subprocess import Popen, check_output, run

log = logging.getLogger(__name__)
GIT = "/usr/bin/git"


def clone_repo(repo_url, dest):
    # safe: argument list, no shell
    sp.run([GIT, "clone", "--depth", "1", repo_url, dest], check=True)


def checkout(branch, workdir):
    # expect: command-injection
    sp.call("git checkout " + branch, shell=True, cwd=workdir)


def transcode(src, dst, bitrate):
    cmd = f"ffmpeg -y -i {src} -b:a {bitrate} {dst}"
    # expect: command-injection
    proc = Popen(cmd, shell=True, stdout=sp.PIPE, stderr=sp.PIPE)
    out, err = proc.communicate()
    if proc.returncode:
        log.error("ffmpeg failed: %s", err.decode(errors="replace"))
    return out


def probe(path):
    # safe: list form
    return check_output(["ffprobe", "-v", "quiet", "-print_format", "json", path])


def tag_release(tag, message):
    # expect: command-injection
    return check_output(
        "git tag -a %s -m '%s'" % (tag, message),
        shell=True,
        text=True,
    )


def describe(tag):
    # safe: quoted before reaching the shell
    return run("git describe --tags " + shlex.quote(tag), shell=True, capture_output=True, text=True)


def disk_usage():
    # safe: constant command string
    return run("du -sh /var/lib/media | cut -f1", shell=True, capture_output=True, text=True).stdout
