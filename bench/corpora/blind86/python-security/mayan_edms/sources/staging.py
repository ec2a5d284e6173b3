"""Staging folder source: files dropped on a server folder, named in base64."""
import base64
import os


class StagingFile:
    def __init__(self, folder, filename):
        self.folder = folder
        self.filename = filename
        self.path = os.path.join(folder, filename)

    def size(self):
        return os.path.getsize(self.path)


class StagingFolderSource:
    def __init__(self, folder_path):
        self.folder_path = folder_path

    def get_file(self, encoded_filename):
        filename = base64.urlsafe_b64decode(encoded_filename).decode("utf-8")
        return StagingFile(self.folder_path, filename)

    def get_file_checked(self, encoded_filename):
        filename = os.path.basename(base64.urlsafe_b64decode(encoded_filename).decode("utf-8"))
        return StagingFile(self.folder_path, filename)

    def read_file(self, encoded_filename):
        staging_file = self.get_file(encoded_filename)
        # expect: path-traversal
        with open(staging_file.path, "rb") as fh:
            return fh.read()
