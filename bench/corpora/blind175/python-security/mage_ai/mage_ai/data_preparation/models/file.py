"""A file inside the project repository, as shown in the editor."""
import os


class File:
    def __init__(self, filename, dir_path, repo_path):
        self.filename = filename
        self.dir_path = dir_path
        self.repo_path = repo_path

    @classmethod
    def from_path(cls, file_path, repo_path):
        return cls(os.path.basename(file_path), os.path.dirname(file_path), repo_path)

    @property
    def file_path(self):
        return os.path.join(self.repo_path, self.dir_path, self.filename)

    def _checked_path(self):
        root = os.path.realpath(self.repo_path)
        full = os.path.realpath(self.file_path)
        if os.path.commonpath([root, full]) != root:
            raise PermissionError(f"{self.filename} is outside of the project")
        return full

    def content(self):
        try:
            # expect: path-traversal
            with open(self.file_path, encoding="utf-8") as handle:
                return handle.read()
        except FileNotFoundError:
            return None

    def update_content(self, content):
        path = self._checked_path()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(content)

    def delete(self):
        os.remove(self._checked_path())

    def to_dict(self, include_content=False):
        data = dict(name=self.filename, path=os.path.join(self.dir_path, self.filename))
        if include_content:
            data["content"] = self.content()
        return data
