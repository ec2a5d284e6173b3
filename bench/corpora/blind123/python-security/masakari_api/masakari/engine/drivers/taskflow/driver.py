"""Driver TaskFlowDriver: executes notification workflows."""
import shlex
import subprocess


class TaskFlowDriver(object):

    def execute_host_failure(self, context, host_name):
        # expect: command-injection
        subprocess.run(f"openstack compute service set --disable {host_name} nova-compute", shell=True, check=True)

    def execute_process_failure(self, context, process_name, host_name):
        subprocess.run(["openstack", "compute", "service", "set", "--disable", host_name, process_name], check=True)
        subprocess.run("logger -t masakari " + shlex.quote(f"process {process_name} down on {host_name}"), shell=True)
