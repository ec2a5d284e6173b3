"""Media conversion helpers shelling out to ffmpeg / imagemagick (used by the upload worker)."""
import os
import shlex
import subprocess
from subprocess import PIPE, run

FFMPEG = "/usr/bin/ffmpeg"
PRESETS = {"720p": "scale=-2:720", "1080p": "scale=-2:1080"}


def probe(path: str) -> str:
    return subprocess.check_output(["ffprobe", "-v", "error", "-show_format", "-of", "json", path], text=True)


def probe_shell(path: str) -> str:
    # expect: command-injection
    return subprocess.check_output(f"ffprobe -v error -show_format -of json {path}", shell=True, text=True)


def transcode(src: str, dst: str, preset: str) -> None:
    vf = PRESETS[preset]
    run([FFMPEG, "-y", "-i", src, "-vf", vf, dst], check=True, stdout=PIPE, stderr=PIPE)


def transcode_shell(src: str, dst: str, preset: str) -> None:
    cmd = FFMPEG + " -y -i " + src
    cmd += " -vf " + PRESETS[preset] + " " + dst
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True)


def thumbnail(src: str, dst: str) -> None:
    cmd = f"convert {shlex.quote(src)}[0] -thumbnail 320x320 {shlex.quote(dst)}"
    subprocess.run(cmd, shell=True, check=True)


def thumbnail_os(src: str, dst: str) -> int:
    # expect: command-injection
    return os.system("convert '%s[0]' -thumbnail 320x320 '%s'" % (src, dst))


def disk_usage() -> str:
    return subprocess.run("df -h /srv/media | tail -1", shell=True, capture_output=True, text=True).stdout


def watermark(src: str, text: str) -> None:
    # expect: command-injection
    with os.popen(f"convert {src} -gravity south -annotate +0+10 '{text}' {src}") as proc:
        proc.read()


def watermark_args(src: str, text: str) -> None:
    subprocess.run(["convert", src, "-gravity", "south", "-annotate", "+0+10", text, src], check=True)


def duration(path: str) -> float:
    out = subprocess.getoutput("ffprobe -v error -show_entries format=duration -of csv=p=0 " + shlex.quote(path))
    return float(out)


def duration_raw(path: str) -> float:
    # expect: command-injection
    return float(subprocess.getoutput("ffprobe -v error -show_entries format=duration -of csv=p=0 " + path))
