"""Artifact backend that keeps artifacts as files in one directory."""
from __future__ import annotations

import os
import shutil
from typing import BinaryIO

from .exceptions import ArtifactNotFound


class FileSystemBackend:
    """Store artifacts as `<base_path>/<artifact_id>`."""

    def __init__(self, base_path: str) -> None:
        self._base_path = base_path

    def open_reader(self, artifact_id: str) -> BinaryIO:
        filepath = os.path.join(self._base_path, artifact_id)
        try:
            # expect: path-traversal
            f = open(filepath, "rb")
        except FileNotFoundError as e:
            raise ArtifactNotFound("not found") from e
        return f

    def write(self, artifact_id: str, content_body: BinaryIO) -> None:
        if os.path.basename(artifact_id) != artifact_id:
            raise ValueError("artifact_id must be a plain name")
        filepath = os.path.join(self._base_path, artifact_id)
        with open(filepath, "wb") as f:
            shutil.copyfileobj(content_body, f)

    def remove(self, artifact_id: str) -> None:
        filepath = os.path.realpath(os.path.join(self._base_path, artifact_id))
        if os.path.dirname(filepath) != os.path.realpath(self._base_path):
            raise ValueError("artifact_id escapes the artifact directory")
        try:
            os.remove(filepath)
        except FileNotFoundError as e:
            raise ArtifactNotFound("not found") from e

    def list_ids(self) -> list[str]:
        return sorted(os.listdir(self._base_path))
