"""Deploy helper: pushes a release to app servers over SSH."""
import os
import shlex

import paramiko
from mako.template import Template as MakoTemplate

KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")


def connect(host, user):
    client = paramiko.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, timeout=10)
    return client


def connect_strict(host, user):
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, timeout=10)
    return client


def activate(client, release):
    # expect: command-injection
    client.exec_command("ln -sfn /srv/releases/" + release + " /srv/current")
    client.exec_command(f"ln -sfn /srv/releases/{shlex.quote(release)} /srv/current")


def render_motd(release, author):
    # expect: xss
    banner = MakoTemplate("<b>Release ${release}</b> by ${author}").render(release=release, author=author)
    plain = MakoTemplate("Release ${release | h}", default_filters=["h"]).render(release=release)
    return banner, plain
