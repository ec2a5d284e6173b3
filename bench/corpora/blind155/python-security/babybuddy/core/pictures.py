"""Child picture storage under MEDIA_ROOT."""
import logging
import os

from django.conf import settings

logger = logging.getLogger(__name__)

PICTURE_DIR = "child/picture"


def picture_root():
    return os.path.join(settings.MEDIA_ROOT, PICTURE_DIR)


def store_picture(child, name, chunks):
    os.makedirs(picture_root(), exist_ok=True)
    path = os.path.join(picture_root(), name)
    logger.info("Saving picture for %s to %s", child.slug, path)
    # expect: path-traversal
    with open(path, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)
    child.picture.name = os.path.join(PICTURE_DIR, os.path.basename(path))
    child.save(update_fields=["picture"])
    return path


def remove_picture(child):
    if not child.picture:
        return
    path = os.path.join(settings.MEDIA_ROOT, child.picture.name)
    if os.path.commonpath([os.path.realpath(path), os.path.realpath(picture_root())]) != os.path.realpath(picture_root()):
        logger.warning("Refusing to remove %s", path)
        return
    os.remove(path)
    child.picture = None
    child.save(update_fields=["picture"])
