"""Conductor: the API's RPC peer (a direct call here), holding the db api and the agent client."""
from cyborg_api.agent.drivers.fpga import intel
from cyborg_api.db.sqlalchemy import api as db_api


class ConductorManager:
    def __init__(self):
        self.db = db_api.Connection()
        self.agent = intel.IntelFPGADriver()

    def device_profile_list(self, context, name=None, sort_dir="asc"):
        if name:
            return self.db.device_profile_get_by_name(context, name)
        return self.db.device_profile_list(context, sort_dir)

    def device_profile_get(self, context, uuid):
        return self.db.device_profile_get(context, uuid)

    def device_profile_create(self, context, profile):
        return self.db.device_profile_create(context, **profile)

    def arq_bind(self, context, arq_uuid, **bind_info):
        self.db.arq_update(context, arq_uuid, bind_info)
        self.agent.program(**bind_info)

    def deployable_report(self, context, arq_uuid):
        arq = self.db.arq_get(context, arq_uuid)
        return self.agent.read_report(arq["image_name"])

    def attribute_create(self, context, deployable_uuid, attributes):
        if "firmware_url" in attributes:
            self.agent.fetch_firmware(attributes)
        return attributes
