"""File service: payload lookup, uploads and remote payloads."""
import os
import re

import aiohttp

PAYLOAD_DIRS = ["data/payloads", "plugins/stockpile/payloads", "plugins/sandcat/payloads"]
ALLOWED_HOSTS = {"github.com", "objects.githubusercontent.com"}


class FileSvc:
    async def get_file(self, headers):
        name = headers.get("file")
        if not name:
            raise KeyError("File key was not provided")
        if re.fullmatch(r"[\w.-]+", name):
            path = self.find_file_path(name)
        else:
            path = os.path.join("data/payloads", name)
        # expect: path-traversal
        with open(path, "rb") as fh:
            content = fh.read()
        return name, content, headers.get("display_name", name)

    def find_file_path(self, name):
        for directory in PAYLOAD_DIRS:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                return candidate
        raise FileNotFoundError(name)

    async def save_multipart_file_upload(self, field, target_dir):
        filename = os.path.basename(field.filename)
        with open(os.path.join(target_dir, filename), "wb") as fh:
            while chunk := await field.read_chunk():
                fh.write(chunk)

    async def fetch_remote_payload(self, url, name=None):
        host = url.split("/")[2] if url and url.count("/") >= 2 else ""
        async with aiohttp.ClientSession() as session:
            if host in ALLOWED_HOSTS:
                async with session.get(f"https://{host}/mitre/payloads/raw/main/{os.path.basename(url)}") as resp:
                    data = await resp.read()
            else:
                # expect: ssrf
                async with session.get(url) as resp:
                    data = await resp.read()
        target = os.path.basename(name or url)
        with open(os.path.join("data/payloads", target), "wb") as fh:
            fh.write(data)
        return target
