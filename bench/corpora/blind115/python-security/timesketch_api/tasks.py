import shlex
import subprocess

from celery import Celery

celery = Celery("timesketch")
PSORT = "/usr/bin/psort.py"


@celery.task
def run_plaso(file_path, index_name, timeline_name, sketch_id):
    cmd = (f"{PSORT} -o opensearch_ts --server 127.0.0.1 --port 9200 --status_view none "
           f"--index_name {index_name} --timeline_identifier {int(sketch_id or 0)} {file_path}")
    # expect: command-injection
    subprocess.check_output(cmd, shell=True)
    return index_name


@celery.task
def run_csv_jsonl(file_path, index_name, timeline_name):
    cmd = "tsctl import --index %s --name %s %s" % (shlex.quote(index_name), shlex.quote(timeline_name), shlex.quote(file_path))
    subprocess.check_output(cmd, shell=True)
    return index_name
