"""Local storage for uploaded media columns."""
import logging
import os
import pathlib
import uuid

logger = logging.getLogger(__name__)


class LocalMediaStorage:
    def __init__(self, media_path):
        self.media_path = media_path

    def generate_file_key(self, file_name):
        stem = pathlib.Path(file_name).name
        return f"{uuid.uuid4()}-{stem}"

    def path_for(self, file_key):
        path = os.path.join(self.media_path, file_key)
        if not os.path.exists(path):
            raise FileNotFoundError(file_key)
        return path

    def path_for_checked(self, file_key):
        key = pathlib.Path(file_key).name
        path = os.path.join(self.media_path, key)
        if not os.path.exists(path):
            raise FileNotFoundError(key)
        return path

    def allowed_extension(self, file_name, extensions=(".png", ".jpg", ".jpeg", ".pdf")):
        return pathlib.Path(file_name).suffix.lower() in extensions
