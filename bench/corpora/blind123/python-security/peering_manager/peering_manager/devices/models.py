"""Device models: routers and their configuration templates."""
import subprocess

from django.db import models
from jinja2 import Environment


class Configuration(models.Model):
    name = models.CharField(max_length=128)
    template = models.TextField()

    def render(self, variables):
        environment = Environment(trim_blocks=True, lstrip_blocks=True)
        # expect: template-injection
        return environment.from_string(self.template).render(**variables)


class Router(models.Model):
    name = models.CharField(max_length=128)
    hostname = models.CharField(max_length=256)
    platform = models.CharField(max_length=64)

    def ping(self):
        # expect: command-injection
        return subprocess.run(f"ping -c 3 -W 2 {self.hostname}", shell=True, capture_output=True).returncode == 0

    def traceroute(self):
        return subprocess.run(["traceroute", "-m", "10", self.hostname], capture_output=True, text=True).stdout
