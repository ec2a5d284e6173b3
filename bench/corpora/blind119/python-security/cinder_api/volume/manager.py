"""Volume manager: image upload through image_utils, stored goodness functions."""
import json
import os

from cinder_api.image import image_utils
from cinder_api.scheduler import evaluator

SPECS_DIR = "/var/lib/cinder/specs"


class VolumeManager:
    def copy_volume_to_image(self, volume_id, image_meta):
        src = f"/dev/cinder-volumes/volume-{volume_id}"
        tmp = os.path.join("/var/lib/cinder/conversion", volume_id + ".img")
        image_utils.convert_image(src, tmp, out_format=image_meta["disk_format"])
        image_utils.check_image(tmp, image_meta["name"])
        return {"image_name": image_meta["name"]}

    def store_specs(self, volume_id, specs):
        with open(os.path.join(SPECS_DIR, f"{int(volume_id)}.json"), "w") as fh:
            json.dump(specs, fh)
        return self.goodness(volume_id, {"free_capacity_gb": 100})

    def goodness(self, volume_id, stats):
        with open(os.path.join(SPECS_DIR, f"{int(volume_id)}.json")) as fh:
            specs = json.load(fh)
        return evaluator.evaluate(specs.get("goodness_function", "0"), stats=stats)
