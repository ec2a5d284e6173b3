"""Per-request admin context: the environment, the pad and output paths."""
import os
import posixpath


class AdminInfo:
    def __init__(self, env, output_path, ui_lang="en"):
        self.env = env
        self.output_path = output_path
        self.ui_lang = ui_lang
        self._pad = None

    @property
    def pad(self):
        if self._pad is None:
            self._pad = self.env.new_pad()
        return self._pad

    def content_root(self):
        return os.path.join(self.env.root_path, "content")

    def contents_file(self, url_path):
        """Where a record's contents.lr lives; the path is joined as given."""
        rel = url_path.strip("/")
        return os.path.join(self.content_root(), rel, "contents.lr")

    def safe_contents_file(self, url_path):
        """Like contents_file, but refuses anything resolving outside content/."""
        root = os.path.realpath(self.content_root())
        candidate = os.path.realpath(os.path.join(root, posixpath.normpath(url_path).lstrip("/"), "contents.lr"))
        if os.path.commonpath([root, candidate]) != root:
            return None
        return candidate

    def artifact_dir(self):
        return os.path.realpath(self.output_path)
