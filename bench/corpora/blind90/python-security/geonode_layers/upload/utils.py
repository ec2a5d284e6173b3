import os
import re
import subprocess

from django.utils.text import get_valid_filename

UPLOAD_ROOT = "/mnt/geonode/uploads"
LAYER_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def save_step(upload_dir, target_name, data):
    path = os.path.join(UPLOAD_ROOT, upload_dir, target_name)
    # expect: path-traversal
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def save_step_safe(upload_dir, target_name, data):
    path = os.path.join(UPLOAD_ROOT, upload_dir, get_valid_filename(target_name))
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def import_to_postgis(path, layer_name, srs=None):
    srs = srs or "EPSG:4326"
    # expect: command-injection
    return subprocess.run(f"ogr2ogr -f PostgreSQL PG:dbname=geonode_data {path} -nln {layer_name} -t_srs {srs}", shell=True, check=False)


def import_to_postgis_argv(path, layer_name):
    if not LAYER_RE.match(layer_name):
        raise ValueError("invalid layer name")
    return subprocess.run(["ogr2ogr", "-f", "PostgreSQL", "PG:dbname=geonode_data", path, "-nln", layer_name], check=False)
