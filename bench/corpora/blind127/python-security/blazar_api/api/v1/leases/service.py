"""Lease service API: talks to the manager through its RPC API (a direct call here)."""
from blazar_api.manager import service as manager_service


class API:
    def __init__(self):
        self.manager_rpcapi = manager_service.ManagerService()

    def get_leases(self, query=None):
        query = dict(query or {})
        name = query.pop("name", None)
        return self.manager_rpcapi.list_leases(name=name, **query)

    def create_lease(self, data):
        lease_values = {
            "name": data.get("name"),
            "reservations": data.get("reservations", []),
            "notify_url": data.get("before_end_notification_url"),
        }
        return self.manager_rpcapi.create_lease(lease_values)

    def lease_report(self, lease_id, fmt):
        return self.manager_rpcapi.lease_report(lease_id, fmt)

    def create_computehost(self, data):
        return self.manager_rpcapi.plugins["physical:host"].create_computehost(data)
