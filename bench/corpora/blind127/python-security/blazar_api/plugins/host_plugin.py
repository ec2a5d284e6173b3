"""Physical host plugin: adds hosts to the freepool aggregate and reserves them."""
import subprocess

FREEPOOL = "freepool"


class PhysicalHostPlugin:
    def create_computehost(self, host_values):
        name = host_values.get("name")
        subprocess.run(["openstack", "aggregate", "add", "host", FREEPOOL, name], check=True)
        return {"name": name}

    def reserve_resource(self, lease_id, resource_type=None, min=1, max=1, hypervisor_properties="", **kwargs):
        aggregate = kwargs.get("aggregate_name") or f"reservation-{lease_id}"
        # expect: command-injection
        subprocess.run(f"openstack aggregate create {aggregate} --property blazar:owner={lease_id}", shell=True, check=True)
        return {"lease_id": lease_id, "count": int(max)}
