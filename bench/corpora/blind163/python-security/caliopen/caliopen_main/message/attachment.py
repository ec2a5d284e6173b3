# -*- coding: utf-8 -*-
"""Where message attachments are stored on disk."""
import os
import uuid

from caliopen_storage.config import Configuration

ATTACHMENTS_ROOT = os.path.realpath(Configuration("global").get("attachments.root", "/srv/caliopen/attachments"))


def _message_dir(user_id, message_id):
    return os.path.join(ATTACHMENTS_ROOT, str(uuid.UUID(str(user_id))), str(uuid.UUID(str(message_id))))


def attachment_path(user_id, message_id, name):
    """Path of an attachment by its file name."""
    return os.path.join(_message_dir(user_id, message_id), name)


def attachment_path_checked(user_id, message_id, name):
    base = os.path.realpath(_message_dir(user_id, message_id))
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base or not os.path.isfile(path):
        raise ValueError("attachment not found")
    return path


def save_attachment(user_id, message_id, content, mime_type):
    """Store an attachment under a generated name and return the name."""
    folder = _message_dir(user_id, message_id)
    os.makedirs(folder, exist_ok=True)
    name = uuid.uuid4().hex
    with open(os.path.join(folder, name), "wb") as out:
        out.write(content)
    return {"file_name": name, "content_type": mime_type, "size": len(content)}


def list_attachments(user_id, message_id):
    folder = _message_dir(user_id, message_id)
    if not os.path.isdir(folder):
        return []
    return sorted(os.listdir(folder))
