"""Thumbnail and transcode wrappers used by the upload worker."""
import os
import shlex
import subprocess


def thumbnail(src: str, dst: str) -> None:
    subprocess.run(["convert", src, "-thumbnail", "320x240", dst], check=True)


def thumbnail_shell(src: str, dst: str) -> None:
    # expect: command-injection
    subprocess.run(f"convert {src} -thumbnail 320x240 {dst}", shell=True, check=True)


def probe(path: str) -> str:
    return subprocess.check_output(["ffprobe", "-v", "error", "-show_format", path], text=True)


def transcode(path: str, preset: str) -> int:
    # expect: command-injection
    return os.system("ffmpeg -y -i " + path + " -preset " + preset + " out.mp4")


def transcode_quoted(path: str, preset: str) -> int:
    return subprocess.call("ffmpeg -y -i %s -preset %s out.mp4" % (shlex.quote(path), shlex.quote(preset)), shell=True)


def disk_usage(folder: str) -> str:
    # expect: command-injection
    return subprocess.getoutput("du -sh " + folder)


def archive(folder: str, name: str) -> None:
    # expect: command-injection
    os.popen(f"tar czf /backups/{name}.tgz {folder}").read()


def clean_cache() -> None:
    subprocess.run("rm -rf /var/cache/thumbs/*", shell=True, check=False)
