"""Wrappers around ffmpeg and friends."""
import subprocess


def transcode(src, dst, bitrate):
    # expect: command-injection
    subprocess.run(f"ffmpeg -i {src} -b:v {bitrate} {dst}", shell=True, check=True)


def probe(path):
    cmd = "ffprobe -v quiet -print_format json -show_format " + path
    # expect: command-injection
    return subprocess.check_output(cmd, shell=True)


def run_user_script(script):
    # expect: command-injection
    return subprocess.call(["bash", "-c", script])


def transcode_safe(src, dst, bitrate):
    subprocess.run(["ffmpeg", "-i", src, "-b:v", str(bitrate), dst], check=True)


def version():
    return subprocess.check_output(["ffmpeg", "-version"])
