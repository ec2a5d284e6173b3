import os
import uuid

from django.conf import settings

IMAGE_ROOT = os.path.join(settings.MEDIA_ROOT, "exercise-images")


def save_image(exercise_id, content):
    name = f"{int(exercise_id)}-{uuid.uuid4().hex}.png"
    with open(os.path.join(IMAGE_ROOT, name), "wb") as fh:
        fh.write(content)
    return name


def delete_image(file_name):
    target = os.path.join(IMAGE_ROOT, file_name)
    # expect: path-traversal
    os.remove(target)


def delete_image_checked(file_name):
    target = os.path.realpath(os.path.join(IMAGE_ROOT, file_name))
    if os.path.commonpath([target, os.path.realpath(IMAGE_ROOT)]) != os.path.realpath(IMAGE_ROOT):
        raise PermissionError(file_name)
    os.remove(target)
