"""Central service stand-in: the API calls it as if over RPC."""
from .backend.impl_bind9 import Bind9Backend
from .storage.impl_sqlalchemy import SQLAlchemyStorage


class CentralAPI:
    _instance = None

    @classmethod
    def get_instance(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self):
        self.storage = SQLAlchemyStorage()
        self.backend = Bind9Backend({"rndc_host": "127.0.0.1", "rndc_port": 953})

    def find_recordsets(self, context, criterion, marker=None, sort_key=None, sort_dir=None):
        return self.storage.find_recordsets(context, criterion, marker, sort_key, sort_dir)

    def create_recordset(self, context, zone_id, name, type_, records):
        return self.storage.create_recordset(context, zone_id, name, type_, records)

    def create_zone(self, context, name, email):
        if not name.endswith("."):
            raise ValueError("zone name must end with a dot")
        zone = self.storage.create_zone(context, name, email)
        self.backend.create_zone(context, zone)
        return zone

    def delete_zone(self, context, zone_id):
        zone = self.storage.get_zone(context, zone_id)
        self.backend.delete_zone(context, zone)
        return zone

    def update_pools(self, context, pools):
        return [self.storage.update_pool(context, pool) for pool in pools]

    def export_zone(self, context, zone_id, filename=None):
        zone = self.storage.get_zone(context, zone_id)
        return self.backend.write_zonefile(zone, filename or zone["name"])
