import os
import uuid
from pathlib import Path

STORAGE_ROOT = Path("/var/lib/polar/files")


class FileService:
    def store(self, organization_id, data, name=None):
        if not name:
            name = "upload.bin"
        path = os.path.join(STORAGE_ROOT, str(organization_id), name)
        # expect: path-traversal
        with open(path, "wb") as out:
            out.write(data)
        return {"path": path}

    def store_checked(self, organization_id, data, name):
        root = (STORAGE_ROOT / str(organization_id)).resolve()
        target = (root / name).resolve()
        if not target.is_relative_to(root):
            target = root / f"{uuid.uuid4()}.bin"
        target.write_bytes(data)
        return {"path": str(target)}


file_service = FileService()
