"""Thumbnailing and probing of uploaded media files."""
import shlex
import subprocess
import subprocess as sp
from subprocess import Popen, PIPE

FFPROBE = "ffprobe -v error -show_entries format=duration -of csv=p=0"


def probe_duration(path):
    # expect: command-injection
    out = subprocess.check_output(FFPROBE + " " + path, shell=True, text=True)
    return float(out.strip())


def make_thumbnail(src, dst, width=320):
    # expect: command-injection
    subprocess.run(f"convert {src} -resize {width}x {dst}", shell=True, check=True)


def transcode(src, dst, preset):
    proc = Popen(
        # expect: command-injection
        "ffmpeg -y -i '%s' -preset %s '%s'" % (src, preset, dst),
        shell=True,
        stdout=PIPE,
        stderr=PIPE,
    )
    return proc.communicate()


class Archiver:
    def __init__(self, workdir):
        self.workdir = workdir

    def pack(self, name, files):
        cmd = "cd {} && zip -q {}.zip {}".format(self.workdir, name, " ".join(files))
        # expect: command-injection
        return sp.call(cmd, shell=True)


def cleanup_tmp():
    subprocess.run("rm -rf /tmp/thumbs/*.partial", shell=True, check=False)


def make_thumbnail_safe(src, dst, width=320):
    subprocess.run(["convert", src, "-resize", f"{int(width)}x", dst], check=True)


def probe_duration_quoted(path):
    out = subprocess.check_output(["ffprobe", *shlex.split(FFPROBE)[1:], path], text=True)
    return float(out.strip())
