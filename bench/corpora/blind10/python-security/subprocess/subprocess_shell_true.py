# library: subprocess (shell=True)
"""Helpers for the media conversion worker."""
import shlex
import subprocess


def convert(src, dest, bitrate):
    # expect: command-injection
    subprocess.run(f"ffmpeg -y -i {src} -b:a {bitrate} {dest}", shell=True, check=True)


def convert_safe(src, dest, bitrate):
    subprocess.run(["ffmpeg", "-y", "-i", src, "-b:a", bitrate, dest], check=True)


def probe(path):
    # expect: command-injection
    return subprocess.check_output("ffprobe -v quiet -print_format json -show_format " + path, shell=True)


def probe_quoted(path):
    return subprocess.check_output("ffprobe -v quiet -print_format json -show_format " + shlex.quote(path), shell=True)


def cleanup(workdir):
    # expect: command-injection
    subprocess.call("rm -rf %s/*.part" % workdir, shell=True)


def disk_usage():
    return subprocess.check_output("df -h /var/media | tail -1", shell=True, text=True)
