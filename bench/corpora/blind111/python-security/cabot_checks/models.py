"""Status checks: each subclass runs its own check."""
import re
import subprocess

import requests
from django.conf import settings
from django.db import models
from django.template import Context, Template


class StatusCheck(models.Model):
    name = models.TextField()
    endpoint = models.TextField(null=True, blank=True)
    text_match = models.TextField(null=True, blank=True)
    timeout = models.IntegerField(default=30)
    verify_ssl_certificate = models.BooleanField(default=True)

    class Meta:
        abstract = True


class HttpStatusCheck(StatusCheck):
    def _run(self):
        # expect: ssrf
        resp = requests.get(self.endpoint, timeout=self.timeout, verify=self.verify_ssl_certificate, headers={"User-Agent": settings.HTTP_USER_AGENT})
        if self.text_match and not re.search(self.text_match, resp.text):
            return False
        return resp.status_code < 400


class ICMPStatusCheck(StatusCheck):
    def _run(self):
        host = self.instance_address()
        # expect: command-injection
        return subprocess.call(f"ping -c 1 -W 2 {host} > /dev/null 2>&1", shell=True) == 0

    def _run_argv(self):
        return subprocess.call(["ping", "-c", "1", "-W", "2", self.instance_address()]) == 0

    def instance_address(self):
        return self.endpoint or "localhost"


class JenkinsStatusCheck(StatusCheck):
    def _run(self):
        url = f"{settings.JENKINS_API}job/{requests.utils.quote(self.name, safe='')}/api/json"
        return requests.get(url, auth=(settings.JENKINS_USER, settings.JENKINS_PASS), timeout=self.timeout).ok


class Service(models.Model):
    name = models.TextField()
    alert_template = models.TextField(blank=True, default="")

    def render_alert(self, status):
        text = self.alert_template or "Service {{ service.name }} is {{ status }}"
        # expect: template-injection
        return Template(text).render(Context({"service": self, "status": status}))

    def render_default_alert(self, status):
        return Template("Service {{ service.name }} is {{ status }}").render(Context({"service": self, "status": status}))
