"""Media helpers for the podcast host."""
import shlex
import subprocess


class Transcoder:
    def __init__(self, binary: str = "ffmpeg"):
        self.binary = binary

    def to_mp3(self, source: str, bitrate: str) -> str:
        cmd = f"{self.binary} -y -i {source} -b:a {bitrate} {source}.mp3"
        # expect: command-injection
        return subprocess.check_output(cmd, shell=True, text=True)

    def to_mp3_argv(self, source: str, bitrate: str) -> str:
        return subprocess.check_output([self.binary, "-y", "-i", source, "-b:a", bitrate, f"{source}.mp3"], text=True)

    def to_mp3_quoted(self, source: str, bitrate: str) -> str:
        cmd = f"{self.binary} -y -i {shlex.quote(source)} -b:a {shlex.quote(bitrate)} {shlex.quote(source + '.mp3')}"
        return subprocess.check_output(cmd, shell=True, text=True)
