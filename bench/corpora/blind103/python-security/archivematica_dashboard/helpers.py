import base64
import os

from django.conf import settings

ORIGINALS_DIR = "/var/archivematica/sharedDirectory/currentlyProcessing"


def b64decode_string(value):
    return base64.b64decode(value.encode("utf8")).decode("utf8")


def decoded_paths(request, key="paths[]"):
    return [b64decode_string(p) for p in request.POST.getlist(key)]


def split_location_path(decoded):
    location_uuid, _, relative = decoded.partition(":")
    return location_uuid, relative


def checked_path(relative, base=ORIGINALS_DIR):
    real_base = os.path.realpath(base)
    candidate = os.path.realpath(os.path.join(real_base, relative))
    if not candidate.startswith(real_base + os.sep):
        raise ValueError("outside of shared directory")
    return candidate


def shared_path(relative):
    return os.path.join(settings.SHARED_DIRECTORY, relative.lstrip("/"))
