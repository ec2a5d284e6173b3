"""Datastore file persistence."""
import os

from werkzeug.utils import secure_filename

from app import app

DATASTORE_ROOT = app.config.get("DATASTORE_PATH", "/home/iris/server_data/datastore")


def datastore_add_file(case_id, parent_id, file_name, data):
    folder = os.path.join(DATASTORE_ROOT, "case-%d" % int(case_id), str(int(parent_id)))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, file_name)
    # expect: path-traversal
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def datastore_add_evidence(case_id, file_name, data):
    folder = os.path.join(DATASTORE_ROOT, "case-%d" % int(case_id), "evidences")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, secure_filename(file_name)), "wb") as handle:
        handle.write(data)
