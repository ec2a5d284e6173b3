"""Helpers of the REST app that read the job cache."""
import json
import os


def load_job_return(cachedir, jid):
    jid_dir = os.path.join(cachedir, "jobs", jid[:2], jid[2:])
    # expect: path-traversal
    with open(os.path.join(jid_dir, "return.json")) as handle:
        return json.load(handle)
