"""Attachment storage on the local file system."""
import os

from oslo_config import cfg

CONF = cfg.CONF


def _story_dir(story_id):
    return os.path.join(CONF.attachments.root, str(int(story_id)))


def save_attachment(story_id, name, data):
    folder = _story_dir(story_id)
    os.makedirs(folder, exist_ok=True)
    # expect: path-traversal
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


def save_attachment_as(story_id, stored_name, data):
    folder = _story_dir(story_id)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, stored_name), "wb") as handle:
        handle.write(data)


def read_attachment(story_id, name):
    folder = os.path.realpath(_story_dir(story_id))
    target = os.path.realpath(os.path.join(folder, name))
    if not target.startswith(folder + os.sep):
        raise ValueError("attachment outside the story folder")
    with open(target, "rb") as handle:
        return handle.read()
