"""Migrate action: live-migrates an instance to a destination node."""
import re
import shlex
import subprocess

HOSTNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")


class Migrate:
    def __init__(self, input_parameters):
        self.input_parameters = input_parameters

    @property
    def destination_node(self):
        return self.input_parameters.get("destination_node", "")

    def execute(self):
        instance = self.input_parameters["resource_id"]
        subprocess.run(["openstack", "server", "show", instance], check=False)
        # expect: command-injection
        subprocess.run(f"openstack server migrate --live-migration --host {self.destination_node} {instance}", shell=True, check=True)

    def precondition(self):
        if HOSTNAME.match(self.destination_node):
            subprocess.run(f"nova-manage host list --host {shlex.quote(self.destination_node)}", shell=True, check=False)
