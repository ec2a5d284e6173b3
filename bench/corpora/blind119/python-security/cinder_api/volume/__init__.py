"""Volume API: holds the manager it casts to (RPC stand-in)."""
from cinder_api.volume.manager import VolumeManager


class API:
    def __init__(self):
        self.volume_rpcapi = VolumeManager()

    def copy_volume_to_image(self, context, volume_id, image_metadata, force=False):
        if image_metadata["disk_format"] == "ploop":
            image_metadata["disk_format"] = "raw"
        return self.volume_rpcapi.copy_volume_to_image(volume_id, image_meta=image_metadata)

    def update_volume_type_specs(self, volume_id, specs):
        return self.volume_rpcapi.store_specs(volume_id, specs)
