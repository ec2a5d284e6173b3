"""Where media files live on disk."""
import os
from pathlib import Path

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media")).resolve()
MIRRORS = {
    "cdn": "https://cdn.media.example.com",
    "backup": "https://backup.media.example.com",
}


class MediaStore:
    def __init__(self, root: Path = MEDIA_ROOT):
        self.root = root

    def path_for(self, name: str) -> str:
        return os.path.join(self.root, name)

    def safe_path_for(self, name: str) -> Path | None:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        return candidate

    def cover_path(self, album: str, size: str) -> str:
        size = size or "large"
        return str(self.root / "covers" / album / f"{size}.jpg")
