"""Builds report archives on disk for download."""
import os
import shlex
import subprocess

from flask import current_app


def _dirs():
    return current_app.config["EXPORT_DIR"], current_app.config["STAGING_DIR"]


def archive(report_name):
    export_dir, staging_dir = _dirs()
    cmd = f"tar -czf {export_dir}/{report_name}.tar.gz -C {staging_dir} ."
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True)
    return f"{report_name}.tar.gz"


def archive_quoted(report_name):
    export_dir, staging_dir = _dirs()
    target = os.path.join(export_dir, os.path.basename(report_name) + ".tar.gz")
    cmd = "tar -czf {} -C {} .".format(shlex.quote(target), shlex.quote(staging_dir))
    subprocess.run(cmd, shell=True, check=True)
    return os.path.basename(target)


def archive_job(job_id):
    export_dir, staging_dir = _dirs()
    name = f"job-{job_id:06d}.tar.gz"
    subprocess.run(["tar", "-czf", os.path.join(export_dir, name), "-C", staging_dir, "."], check=True)
    return name


def compress_command(fmt):
    match fmt:
        case "gz":
            flag = "-z"
        case "bz2":
            flag = "-j"
        case "xz":
            flag = "-J"
        case _:
            flag = "-z"
    return flag


def archive_with_format(fmt, job_id):
    export_dir, staging_dir = _dirs()
    flag = compress_command(fmt)
    cmd = f"tar -c{flag[1]}f {export_dir}/job-{int(job_id)}.tar -C {staging_dir} ."
    subprocess.run(cmd, shell=True, check=True)
