"""Transcoding uploads on the fly for the listen endpoint."""
import subprocess

ALLOWED_FORMATS = {"mp3": "mp3", "ogg": "ogg", "opus": "opus", "aac": "adts"}


def transcode_shell(source_path, fmt, bitrate):
    # expect: command-injection
    return subprocess.check_output(f"ffmpeg -i {source_path} -f {fmt} -b:a {bitrate} -", shell=True)


def transcode(source_path, fmt, bitrate):
    muxer = ALLOWED_FORMATS[fmt]
    return subprocess.check_output(["ffmpeg", "-i", source_path, "-f", muxer, "-b:a", f"{int(bitrate)}k", "-"])
