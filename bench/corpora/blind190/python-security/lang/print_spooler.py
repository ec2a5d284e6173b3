"""Spool worker for the library's self-service printers.

Jobs arrive as JSON files dropped by the web upload form; `title` and `copies` are what the patron typed.
"""
import json
import os
import pathlib
import shlex

SPOOL = pathlib.Path(os.environ.get("SPOOL_DIR", "/var/spool/libprint"))
LP = "/usr/bin/lp"


def _job(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def print_job(path):
    job = _job(path)
    pdf = SPOOL / f"{job['id']}.pdf"
    # expect: command-injection
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", f"lp -d {job['printer']} -t '{job['title']}' -n {job['copies']} {pdf}")


def print_job_args(path):
    job = _job(path)
    pdf = SPOOL / f"{job['id']}.pdf"
    copies = str(max(1, min(int(job.get("copies", 1)), 20)))
    os.spawnv(os.P_WAIT, LP, [LP, "-d", job["printer"], "-t", job["title"], "-n", copies, str(pdf)])


def cancel_job(path):
    job = _job(path)
    # expect: command-injection
    os.spawnvp(os.P_NOWAIT, "bash", ["bash", "-c", "cancel " + job["queue_id"] + " && rm -f " + str(SPOOL / job["id"])])


def cancel_job_quoted(path):
    job = _job(path)
    cmd = "cancel {} && rm -f {}".format(shlex.quote(job["queue_id"]), shlex.quote(str(SPOOL / job["id"])))
    os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", cmd)


def restart_cups():
    os.spawnlp(os.P_WAIT, "systemctl", "systemctl", "restart", "cups")


def purge_spool():
    os.spawnl(os.P_WAIT, "/usr/bin/find", "find", str(SPOOL), "-name", "*.pdf", "-mtime", "+1", "-delete")
