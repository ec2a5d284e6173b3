import os
import subprocess

PATHINFO_TOPDIR = "/mnt/koji"
WORK_DIR = os.path.join(PATHINFO_TOPDIR, "work")


def task_output_path(task_id, file_name, volume=None):
    base = os.path.join(WORK_DIR, "tasks", str(task_id % 10000), str(task_id))
    if volume:
        base = os.path.join(PATHINFO_TOPDIR, "vol", volume, "work", "tasks", str(task_id))
    return os.path.join(base, file_name)


def read_task_output(task_id, file_name, volume=None, offset=0, size=-1):
    # expect: path-traversal
    with open(task_output_path(task_id, file_name, volume), "rb") as fh:
        fh.seek(offset)
        return fh.read(size)


def read_task_output_checked(task_id, file_name):
    base = os.path.realpath(os.path.join(WORK_DIR, "tasks", str(task_id % 10000), str(task_id)))
    path = os.path.realpath(os.path.join(base, file_name))
    if not path.startswith(base + os.sep):
        raise ValueError("invalid file name")
    with open(path, "rb") as fh:
        return fh.read()


def runroot(tag_name, arch, command, use_shell=False):
    mock_cmd = ["mock", "-r", "koji/%s-%s" % (tag_name, arch), "--chroot", "--"]
    if use_shell:
        # expect: command-injection
        return subprocess.run(" ".join(mock_cmd) + " " + command, shell=True, capture_output=True)
    return subprocess.run(mock_cmd + [command], capture_output=True)
