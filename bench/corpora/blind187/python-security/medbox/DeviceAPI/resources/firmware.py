"""Device API: devices fetch firmware bundles; staff upload new bundles."""
import os
import tarfile
import tempfile

import falcon

FIRMWARE_ROOT = os.environ.get("MEDBOX_FIRMWARE_ROOT", "/srv/medbox/firmware")


class FirmwareUpload:
    """Staff upload a .tar.gz bundle containing manifest.json and image files."""

    def on_post(self, req, resp, version):
        if not version.replace(".", "").isdigit():
            raise falcon.HTTPBadRequest(title="version must look like 1.2.3")
        dest = os.path.join(FIRMWARE_ROOT, version)
        os.makedirs(dest, exist_ok=True)
        with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
            tmp.write(req.bounded_stream.read())
            tmp.flush()
            with tarfile.open(tmp.name, "r:gz") as bundle:
                if req.get_param_as_bool("strict", default=True):
                    bundle.extractall(dest, filter="data")
                else:
                    # expect: path-traversal
                    bundle.extractall(dest)
        resp.status = falcon.HTTP_201
        resp.media = {"version": version}


class FirmwareDownload:
    def on_get(self, req, resp, version, name):
        root = os.path.realpath(FIRMWARE_ROOT)
        target = os.path.realpath(os.path.join(root, version, name))
        if os.path.commonpath([root, target]) != root or not os.path.isfile(target):
            raise falcon.HTTPNotFound()
        resp.content_type = "application/octet-stream"
        resp.stream = open(target, "rb")
        resp.content_length = os.path.getsize(target)
