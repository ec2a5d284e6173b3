"""Volume actions extension (openstack wsgi), shaped on cinder.api.contrib.volume_actions."""
import webob

from cinder_api.api.openstack import wsgi
from cinder_api import volume
from cinder_api.backup import api as backup_api

DISK_FORMATS = ("raw", "qcow2", "vmdk", "vdi", "vhd")
CONTAINER_FORMATS = ("bare", "ovf", "ova")


class VolumeActionsController(wsgi.Controller):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.volume_api = volume.API()
        self.backup_api = backup_api.API()

    @wsgi.action("os-volume_upload_image")
    def _volume_upload_image(self, req, id, body):
        params = body["os-volume_upload_image"]
        container_format = params.get("container_format", "bare")
        if container_format not in CONTAINER_FORMATS:
            raise webob.exc.HTTPBadRequest(explanation="Invalid container format")
        image_metadata = {
            "container_format": container_format,
            "disk_format": params.get("disk_format", "raw"),
            "name": params["image_name"],
        }
        return self.volume_api.copy_volume_to_image(req.environ["cinder.context"], id, image_metadata,
                                                    force=bool(params.get("force", False)))

    @wsgi.action("os-set_image_metadata")
    def _set_goodness(self, req, id, body):
        specs = body["os-set_image_metadata"].get("metadata", {})
        return self.volume_api.update_volume_type_specs(id, specs)

    @wsgi.action("os-backup-import")
    def _import_record(self, req, id, body):
        record = body["backup-record"]
        return self.backup_api.import_record(record["backup_service"], container=record.get("container"))
