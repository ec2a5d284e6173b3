# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at https://mozilla.org/MPL/2.0/.

import os
import zipfile

from django.conf import settings


def _upload_dir(upload_id):
    path = os.path.join(settings.UPLOAD_TEMPDIR, str(int(upload_id)))
    os.makedirs(path, exist_ok=True)
    return path


def extract_archive(fileobj, upload_id):
    """Write every member of the zip under the upload's own directory."""
    target = _upload_dir(upload_id)
    written = []
    with zipfile.ZipFile(fileobj) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            # expect: path-traversal
            with open(os.path.join(target, member.filename), "wb") as out:
                out.write(zf.read(member))
            written.append(member.filename)
    return written


def extract_archive_checked(fileobj, upload_id):
    """Same as above for the try-server path, with the member path checked."""
    target = os.path.realpath(_upload_dir(upload_id))
    written = []
    with zipfile.ZipFile(fileobj) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            dest = os.path.realpath(os.path.join(target, member.filename))
            if os.path.commonpath([target, dest]) != target:
                raise ValueError(f"Bad member path {member.filename!r}")
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as out:
                out.write(zf.read(member))
            written.append(member.filename)
    return written


def extract_with_library(fileobj, upload_id):
    """zipfile.extractall strips '..' and absolute parts itself."""
    target = _upload_dir(upload_id)
    with zipfile.ZipFile(fileobj) as zf:
        zf.extractall(target)
        return [m.filename for m in zf.infolist() if not m.is_dir()]
