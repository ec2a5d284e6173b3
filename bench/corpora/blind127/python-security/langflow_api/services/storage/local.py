"""Local storage service: files under <config_dir>/<flow_id>/."""
from pathlib import Path

import anyio


class LocalStorageService:
    def __init__(self, data_dir="/var/lib/langflow"):
        self.data_dir = Path(data_dir)

    async def save_file(self, flow_id, file_name, data):
        folder = self.data_dir / flow_id
        folder.mkdir(parents=True, exist_ok=True)
        # expect: path-traversal
        async with await anyio.open_file(folder / file_name, "wb") as fh:
            await fh.write(data)

    async def get_file(self, flow_id, file_name):
        path = (self.data_dir / flow_id / file_name).resolve()
        if not path.is_relative_to(self.data_dir.resolve()):
            raise ValueError("file outside the flow folder")
        async with await anyio.open_file(path, "rb") as fh:
            return await fh.read()


storage_service = LocalStorageService()
