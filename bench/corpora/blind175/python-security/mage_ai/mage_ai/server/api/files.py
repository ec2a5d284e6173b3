"""Reading and editing files of the project from the code editor."""
import json
import os

from mage_ai.data_preparation.models.file import File
from mage_ai.data_preparation.repo_manager import get_repo_path
from mage_ai.server.api.base import BaseApiHandler

EDITABLE_EXTENSIONS = {".py", ".sql", ".yaml", ".yml", ".r", ".md", ".txt", ".json"}


class FileContentHandler(BaseApiHandler):
    def get(self, path):
        file = File.from_path(path, get_repo_path())
        self.write(dict(file_content=file.to_dict(include_content=True)))

    def put(self, path):
        body = json.loads(self.request.body)
        if os.path.splitext(path)[1].lower() not in EDITABLE_EXTENSIONS:
            self.set_status(400)
            self.write(dict(error="file type not editable"))
            return
        file = File.from_path(path, get_repo_path())
        file.update_content(body["file_content"]["content"])
        self.write(dict(file_content=file.to_dict()))


class FileListHandler(BaseApiHandler):
    def get(self):
        root = get_repo_path()
        entries = []
        for directory, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                entries.append(os.path.relpath(os.path.join(directory, name), root))
            if len(entries) > 5000:
                break
        self.write(dict(files=sorted(entries)))
