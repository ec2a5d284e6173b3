"""Share API: passes requests to the share manager and its driver."""
from manila_api.share.drivers.generic import GenericShareDriver
from manila_api.db import api as db_api


class API:
    def __init__(self):
        self.driver = GenericShareDriver()

    def allow_access(self, share_id, access_type, access_to, access_level="rw"):
        share = db_api.share_get(share_id)
        rule = {"access_type": access_type, "access_to": access_to, "access_level": access_level}
        db_api.share_access_create(share_id, rule)
        return self.driver.update_access(share, [rule])

    def manage(self, export_path, service_host, driver_options):
        return self.driver.manage_existing({"export_location": export_path, "host": service_host}, driver_options)
