"""Datalayer GeoJSON files on disk, one file per saved version."""
import os
import re
import time

from django.conf import settings
from django.http import Http404

VERSION_RE = re.compile(r"^\d+_\d+\.geojson$")


def layer_dir(layer):
    return os.path.join(settings.MEDIA_ROOT, "datalayer", str(layer.map_id % 1000), str(layer.map_id))


def save_version(layer, body):
    os.makedirs(layer_dir(layer), exist_ok=True)
    name = f"{layer.pk}_{int(time.time() * 1000)}.geojson"
    with open(os.path.join(layer_dir(layer), name), "wb") as fh:
        fh.write(body)
    layer.geojson.name = os.path.join("datalayer", str(layer.map_id % 1000), str(layer.map_id), name)
    layer.save(update_fields=["geojson"])
    return name


def list_versions(layer):
    prefix = f"{layer.pk}_"
    names = [n for n in os.listdir(layer_dir(layer)) if n.startswith(prefix)]
    return sorted(names, reverse=True)


def read_version(layer, name):
    path = os.path.join(layer_dir(layer), name)
    if not os.path.exists(path):
        raise Http404(name)
    # expect: path-traversal
    with open(path, "rb") as fh:
        return fh.read()


def read_checked_version(layer, name):
    if not VERSION_RE.match(name) or not name.startswith(f"{layer.pk}_"):
        raise Http404(name)
    path = os.path.join(layer_dir(layer), name)
    if not os.path.exists(path):
        raise Http404(name)
    with open(path, "rb") as fh:
        return fh.read()


def purge_old_versions(layer, keep):
    for name in list_versions(layer)[keep:]:
        os.remove(os.path.join(layer_dir(layer), name))
