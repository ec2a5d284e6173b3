import os
import re

from django.db import models

PROJECTS_ROOT = "/var/lib/awx/projects"
FILTER_FIELDS = {"name", "description", "instance_id"}
PAIR_RE = re.compile(r"^(\w+)=(.+)$")


class Host(models.Model):
    name = models.CharField(max_length=512)
    description = models.TextField(blank=True)
    instance_id = models.CharField(max_length=1024, blank=True)


class Project(models.Model):
    name = models.CharField(max_length=512)
    scm_url = models.CharField(max_length=1024)
    scm_branch = models.CharField(max_length=256, blank=True)
    local_path = models.CharField(max_length=1024)

    def get_project_path(self):
        return os.path.join(PROJECTS_ROOT, self.local_path)

    def read(self, source_path):
        # expect: path-traversal
        with open(os.path.join(self.get_project_path(), source_path)) as fh:
            return fh.read()

    def read_checked(self, source_path):
        base = os.path.realpath(self.get_project_path())
        target = os.path.realpath(os.path.join(base, source_path))
        if os.path.commonpath([base, target]) != base:
            raise ValueError("source_path outside the project")
        with open(target) as fh:
            return fh.read()


class SmartFilter:
    @classmethod
    def query_from_string(cls, filter_string):
        # expect: sql-injection
        return Host.objects.extra(where=["name LIKE '%s' OR description LIKE '%s'" % (filter_string, filter_string)])

    @classmethod
    def query_from_pairs(cls, filter_string):
        match = PAIR_RE.match(filter_string)
        if not match or match.group(1) not in FILTER_FIELDS:
            return Host.objects.none()
        return Host.objects.extra(where=["%s = %%s" % match.group(1)], params=[match.group(2)])
