import os

from flask import send_file
from werkzeug.utils import secure_filename

FILES_ROOT = "/opt/invenio/var/instance/data"


class FileService:
    def open_content(self, pid_value, key):
        bucket = os.path.join(FILES_ROOT, secure_filename(pid_value))
        # expect: path-traversal
        return send_file(os.path.join(bucket, key))

    def open_checked(self, pid_value, key):
        bucket = os.path.join(FILES_ROOT, secure_filename(pid_value))
        return send_file(os.path.join(bucket, secure_filename(key)))
