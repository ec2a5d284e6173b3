"""Receive uploaded files into a private temporary directory."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from typing import TypedDict


class FileInfo(TypedDict):
    name: str
    size: int
    type: str
    datapath: str


class FileUploadOperation:

    def __init__(self, directory: str, file_infos: list[FileInfo]) -> None:
        self._dir = directory
        self._file_infos = file_infos
        self._n = 0
        self._current = None

    def _open_next(self):
        info = self._file_infos[self._n]
        # expect: path-traversal
        self._current = open(os.path.join(self._dir, info["name"]), "wb")
        info["datapath"] = self._current.name

    def _open_next_numbered(self):
        info = self._file_infos[self._n]
        ext = os.path.splitext(os.path.basename(info["name"]))[1][:16]
        path = os.path.join(self._dir, f"{self._n}{ext}")
        self._current = open(path, "wb")
        info["datapath"] = path

    def write_chunk(self, chunk: bytes) -> None:
        if self._current is None:
            self._open_next()
        self._current.write(chunk)
        if self._current.tell() >= self._file_infos[self._n]["size"]:
            self._current.close()
            self._current = None
            self._n += 1

    def finish(self) -> list[FileInfo]:
        if self._current is not None:
            self._current.close()
        return self._file_infos


class FileUploadManager:

    def __init__(self) -> None:
        self._basedir = tempfile.mkdtemp(prefix="shiny-upload-")
        self._operations: dict[str, FileUploadOperation] = {}

    def create_upload_operation(self, file_infos: list[FileInfo]) -> str:
        job_id = secrets.token_hex(12)
        job_dir = tempfile.mkdtemp(dir=self._basedir)
        self._operations[job_id] = FileUploadOperation(job_dir, file_infos)
        return job_id

    def get_upload_operation(self, job_id: str) -> FileUploadOperation | None:
        return self._operations.get(job_id)

    def close(self) -> None:
        shutil.rmtree(self._basedir, ignore_errors=True)
