"""Upload sessions: received files, extraction and validation (``new_upload/session.py``)."""
import os
import secrets
import tarfile
import zipfile

from ..helpers.content_type import get_folder_name_from_content_type
from ..helpers.safe_filename import safe_filename
from ..new_upload.validate import validate_files

_sessions = {}
EXTRACT_ROOT = os.environ.get("BANANAS_UPLOAD_DIR", "/tmp/bananas-uploads")


def create_token(user) -> str:
    token = secrets.token_urlsafe(24)
    _sessions[token] = {"user": user.full_id, "files": [], "errors": [], "warnings": []}
    return token


def get_upload_session(token, user):
    session = _sessions.get(token)
    if session is None or session["user"] != user.full_id:
        raise KeyError("no such upload session")
    return session


def add_file(session, filename: str, tus_path: str) -> None:
    session["files"].append({"filename": safe_filename(filename), "internal_filename": tus_path})


def _extract_tar(path: str, target: str) -> None:
    with tarfile.open(path) as tar:
        # expect: path-traversal
        tar.extractall(target)


def _extract_zip(path: str, target: str) -> None:
    root = os.path.realpath(target)
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            dest = os.path.realpath(os.path.join(root, member.filename))
            if os.path.commonpath([root, dest]) != root:
                raise ValueError(f"{member.filename}: path outside of the package")
            archive.extract(member, root)


def _extract_tar_filtered(path: str, target: str) -> None:
    with tarfile.open(path) as tar:
        tar.extractall(target, filter="data")


def validate_session(session) -> None:
    target = os.path.join(EXTRACT_ROOT, secrets.token_hex(8))
    os.makedirs(target, mode=0o700)
    for entry in session["files"]:
        name = entry["filename"].lower()
        if name.endswith((".tar", ".tar.gz")):
            _extract_tar(entry["internal_filename"], target)
        elif name.endswith(".tar.xz"):
            _extract_tar_filtered(entry["internal_filename"], target)
        elif name.endswith(".zip"):
            _extract_zip(entry["internal_filename"], target)
    session["errors"], session["warnings"] = validate_files(target)


def import_manifest(session, manifest: dict) -> None:
    for key in ("name", "version", "description", "url"):
        if key in manifest:
            session[key] = str(manifest[key])
    content_type = manifest.get("content-type")
    if content_type:
        session["content_type"] = get_folder_name_from_content_type(content_type)
