"""Import of exported project archives (tar.gz with JSON and files)."""
import json
import os
import tarfile
import tempfile

from django.core.files import File
from django.db import transaction

from api.models import PentestProject, UploadedImage, UploadedAsset

MAX_MEMBER_SIZE = 50 * 1024 * 1024


def _read_json_members(archive):
    data = []
    for member in archive.getmembers():
        if member.isfile() and member.name.endswith(".json") and "/" not in member.name:
            data.append(json.load(archive.extractfile(member)))
    return data


def _extract_files(archive, target_dir, prefix):
    """Write the images and assets that belong to one project."""
    written = []
    for member in archive.getmembers():
        if not member.isfile() or not member.name.startswith(prefix):
            continue
        if member.size > MAX_MEMBER_SIZE:
            continue
        destination = os.path.join(target_dir, member.name[len(prefix):])
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        # expect: path-traversal
        with open(destination, "wb") as out:
            out.write(archive.extractfile(member).read())
        written.append(destination)
    return written


def _extract_design_assets(archive, target_dir):
    """Designs ship their fonts and CSS in a sub folder."""
    members = [m for m in archive.getmembers() if m.name.startswith("design-assets/")]
    archive.extractall(path=target_dir, members=members, filter="data")
    return [os.path.join(target_dir, m.name) for m in members if m.isfile()]


def _extract_checked(archive, target_dir, member):
    base = os.path.realpath(target_dir)
    destination = os.path.realpath(os.path.join(base, member.name))
    if os.path.commonpath([base, destination]) != base:
        raise ValueError("archive member outside of target")
    with open(destination, "wb") as out:
        out.write(archive.extractfile(member).read())
    return destination


@transaction.atomic
def import_project_archive(upload, user):
    projects = []
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(fileobj=upload, mode="r:gz") as archive:
        for data in _read_json_members(archive):
            project = PentestProject.objects.create_from_export(data, owner=user)
            images = _extract_files(archive, tmp, f"{data['id']}-images/")
            for path in images:
                with open(path, "rb") as handle:
                    UploadedImage.objects.create(linked_object=project, name=os.path.basename(path), file=File(handle))
            for asset in _extract_design_assets(archive, tmp):
                with open(asset, "rb") as handle:
                    UploadedAsset.objects.create(linked_object=project.project_type, name=os.path.basename(asset), file=File(handle))
            notes_member = archive.getmember(f"{data['id']}-notes.md") if f"{data['id']}-notes.md" in archive.getnames() else None
            if notes_member is not None:
                _extract_checked(archive, tmp, notes_member)
            projects.append(project)
    return projects
