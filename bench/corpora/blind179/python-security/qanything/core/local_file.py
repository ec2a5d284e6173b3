"""Files uploaded to a knowledge base, kept on disk until they are split and embedded."""
import hashlib
import os

UPLOAD_ROOT_PATH = os.getenv("QANYTHING_UPLOAD_ROOT", "/workspace/qanything/QANY_DB/content")

ALLOWED_SUFFIXES = {".md", ".txt", ".pdf", ".jpg", ".png", ".jpeg", ".docx", ".xlsx", ".pptx", ".eml", ".csv", ".html"}


class LocalFile:
    def __init__(self, user_id: str, kb_id: str, file_body: bytes, file_name: str):
        self.user_id = user_id
        self.kb_id = kb_id
        self.file_name = file_name
        self.file_content = file_body
        self.file_hash = hashlib.md5(file_body).hexdigest()
        suffix = os.path.splitext(file_name)[1].lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError(f"unsupported file type {suffix}")
        upload_dir = os.path.join(UPLOAD_ROOT_PATH, user_id, kb_id, self.file_hash)
        os.makedirs(upload_dir, exist_ok=True)
        self.file_path = os.path.join(upload_dir, file_name)
        # expect: path-traversal
        with open(self.file_path, "wb") as f:
            f.write(self.file_content)

    def remove(self) -> None:
        if os.path.exists(self.file_path):
            os.remove(self.file_path)


def stored_path(user_id: str, kb_id: str, file_hash: str, file_name: str) -> str:
    """Path of a file recorded in MySQL; every part is re-derived and checked to stay under the root."""
    root = os.path.realpath(UPLOAD_ROOT_PATH)
    path = os.path.realpath(os.path.join(root, user_id, kb_id, file_hash, os.path.basename(file_name)))
    if os.path.commonpath([root, path]) != root:
        raise ValueError("path escapes the upload root")
    return path
