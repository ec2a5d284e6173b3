"""A small content-addressed blob store on local disk."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import BinaryIO, Iterator

CHUNK = 1 << 16


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:]

    def put(self, stream: BinaryIO) -> str:
        h = hashlib.sha256()
        tmp = self.root / f".incoming-{os.getpid()}"
        with tmp.open("wb") as out:
            for chunk in iter(lambda: stream.read(CHUNK), b""):
                h.update(chunk)
                out.write(chunk)
        digest = h.hexdigest()
        target = self._path(digest)
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            tmp.unlink()
        else:
            os.replace(tmp, target)
        return digest

    def open(self, digest: str) -> BinaryIO:
        return self._path(digest).open("rb")

    def __contains__(self, digest: str) -> bool:
        return self._path(digest).exists()

    def __iter__(self) -> Iterator[str]:
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for f in sorted(sub.iterdir()):
                    yield sub.name + f.name

    def gc(self, keep: set[str]) -> int:
        removed = 0
        for digest in list(self):
            if digest not in keep:
                self._path(digest).unlink()
                removed += 1
        return removed

    def copy_to(self, digest: str, dest: Path) -> None:
        with self.open(digest) as src, dest.open("wb") as out:
            shutil.copyfileobj(src, out, CHUNK)
