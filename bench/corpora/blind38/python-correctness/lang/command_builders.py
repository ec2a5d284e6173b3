"""Builds argument lists for ffmpeg, git and rsync."""
import subprocess

BASE_FLAGS = ["-hide_banner", "-loglevel", "error"]


def transcode_args(src, dst, mute):
    # expect: list-concat-precedence
    args = ["ffmpeg", "-i", src] + ["-an"] if mute else []
    return args + [dst]


def ffmpeg_flags(verbose):
    # expect: list-concat-precedence
    return BASE_FLAGS + ["-stats"] if verbose else ["-nostats"]


def git_log(short):
    return subprocess.run(
        # expect: list-concat-precedence
        ["git", "log"] + ["--oneline"] if short else ["--stat"],
        capture_output=True,
        check=True,
    )


class RsyncJob:
    def __init__(self, delete):
        # expect: list-concat-precedence
        self.options = ["-a", "-z"] + ["--delete"] if delete else ["--ignore-existing"]


def transcode_args_fixed(src, dst, mute):
    return ["ffmpeg", "-i", src] + (["-an"] if mute else []) + [dst]


def ffmpeg_flags_fixed(verbose):
    return [*BASE_FLAGS, *(["-stats"] if verbose else ["-nostats"])]


def git_log_fixed(short):
    command = (["git", "log"] + ["--oneline"]) if short else ["git", "log", "--stat"]
    return subprocess.run(command, capture_output=True, check=True)
