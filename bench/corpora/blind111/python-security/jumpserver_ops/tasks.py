"""Celery tasks: ad hoc command runs and LDAP user listing."""
import shlex
import subprocess

from celery import shared_task
from django.conf import settings
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

from .models import CommandExecution


@shared_task
def run_command_execution(cid):
    execution = CommandExecution.objects.get(id=cid)
    pattern = ",".join(execution.hosts)
    args = execution.command
    # expect: command-injection
    out = subprocess.run(f"ansible '{pattern}' -i {execution.inventory_path} -u {execution.run_as} -m {execution.module} -a '{args}'", shell=True, capture_output=True, text=True)
    execution.result = {"stdout": out.stdout, "rc": out.returncode}
    execution.save(update_fields=["result"])


@shared_task
def ping_hosts(cid):
    execution = CommandExecution.objects.get(id=cid)
    argv = ["ansible", ",".join(execution.hosts), "-i", execution.inventory_path, "-m", "ping"]
    return subprocess.run(argv, capture_output=True, text=True).stdout


class LDAPUtil:
    def __init__(self):
        self.server = Server(settings.AUTH_LDAP_SERVER_URI)
        self.conn = Connection(self.server, settings.AUTH_LDAP_BIND_DN, settings.AUTH_LDAP_BIND_PASSWORD, auto_bind=True)
        self.base = settings.AUTH_LDAP_SEARCH_OU

    def search_users(self, search_value, attr="uid"):
        search_filter = settings.AUTH_LDAP_SEARCH_FILTER % {"user": "*"}
        if search_value:
            search_filter = f"(&{search_filter}({attr}=*{search_value}*))"
        # expect: ldap-injection
        self.conn.search(self.base, search_filter, attributes=["uid", "cn", "mail"])
        return self.conn.entries

    def get_user(self, username):
        flt = settings.AUTH_LDAP_SEARCH_FILTER % {"user": escape_filter_chars(username)}
        self.conn.search(self.base, flt, attributes=["uid", "cn", "mail"])
        return self.conn.entries


def quoted_echo(text):
    return subprocess.run(f"echo {shlex.quote(text)}", shell=True, capture_output=True, text=True).stdout
