"""Wrappers around command-line media tools."""
import shlex
import subprocess
import subprocess as sp
from subprocess import check_output


class Thumbnailer:
    binary = "convert"

    def __init__(self, size: str):
        self.size = size

    def render(self, src: str, dst: str) -> None:
        cmd = [self.binary, src, "-resize", self.size, dst]
        # expect: command-injection
        subprocess.run(cmd, check=True)


def probe(path):
    # expect: command-injection
    out = sp.check_output("ffprobe -v quiet -show_format " + path, shell=True)
    return out.decode()


def transcode(job):
    script = "ffmpeg -i {src} -c:v libx264 {dst}".format(**job)
    # expect: command-injection
    subprocess.Popen(["bash", "-c", script]).wait()


def run_plugin(plugin_path, arg):
    # expect: command-injection
    return subprocess.call(["python3", plugin_path, arg])


def waveform(path):
    return subprocess.check_output(["sh", "-c", f"audiowaveform -i {shlex.quote(path)} -o /tmp/w.json"])


def versions():
    ffmpeg = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True)
    listing = check_output("ls -1 /usr/share/fonts", shell=True)
    return ffmpeg.stdout, listing


def fail(code):
    raise subprocess.CalledProcessError(code, "ffmpeg")
