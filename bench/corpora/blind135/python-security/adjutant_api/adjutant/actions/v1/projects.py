"""Actions that create projects through the openstack client."""
import re
import subprocess

NAME_RE = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


class NewProjectAction(object):

    def __init__(self, task, **kwargs):
        self.task = task
        self.project_name = kwargs.get("project_name")
        self.domain_id = kwargs.get("domain_id")
        self.parent_id = kwargs.get("parent_id")

    def prepare(self):
        if not self.domain_id:
            self.domain_id = "default"
        self.task.cache["project_name"] = self.project_name

    def submit(self):
        domain = self.domain_id
        name = self.task.cache["project_name"]
        # expect: command-injection
        subprocess.run(f"openstack project create --domain {domain} {name}", shell=True, check=True)
        if self.parent_id and NAME_RE.match(self.parent_id):
            subprocess.run(["openstack", "project", "set", "--parent", self.parent_id, name], check=True)
