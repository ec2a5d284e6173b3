# library: subprocess
"""Thin wrappers around git and ffmpeg used by the media pipeline."""
import shlex
import subprocess


def checkout(repo_dir, ref):
    subprocess.run(["git", "-C", repo_dir, "checkout", ref], check=True)


def transcode(src, dst, preset):
    # expect: command-injection
    subprocess.run(["sh", "-c", f"ffmpeg -i {src} -preset {preset} {dst}"], check=True)


def thumbnail(src, dst):
    subprocess.run(["ffmpeg", "-i", src, "-vframes", "1", dst], check=True)


def archive(paths, name):
    # expect: command-injection
    return subprocess.check_output("tar czf %s.tgz %s" % (name, " ".join(paths)), shell=True)


def archive_quoted(paths, name):
    cmd = "tar czf {}.tgz {}".format(shlex.quote(name), " ".join(shlex.quote(p) for p in paths))
    return subprocess.check_output(cmd, shell=True)


def disk_usage():
    return subprocess.check_output("df -h /data", shell=True, text=True)
