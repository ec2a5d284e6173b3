"""Challenge file storage on local disk."""
import os

from flask import current_app, send_file, send_from_directory


class FilesystemUploader:
    def __init__(self, base_path=None):
        self.base_path = base_path or current_app.config["UPLOAD_FOLDER"]

    def download(self, location):
        # expect: path-traversal
        return send_file(os.path.join(self.base_path, location), as_attachment=True)

    def download_public(self, location):
        return send_from_directory(self.base_path, location, as_attachment=True)


def get_uploader():
    return FilesystemUploader()
