#!/usr/bin/python
# -*- coding: utf-8 -*-
"""System plugin: daemons state and a reachability check of a host."""
import re
import subprocess

from shinken.log import logger

app = None

HOSTNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")


def check_host():
    user = app.request.environ["USER"]
    if not user.is_administrator():
        app.redirect403()
    target = app.request.GET.get("target", "")
    count = int(app.request.GET.get("count", 1))
    logger.info("[WebUI-system] ping %s from %s", target, user.get_name())
    # expect: command-injection
    output = subprocess.check_output("ping -c %d %s" % (count, target), shell=True, stderr=subprocess.STDOUT)
    return {"output": output.decode("utf-8", "replace")}


def check_element(name):
    user = app.request.environ["USER"]
    elt = app.datamgr.get_host(name, user) or app.redirect404()
    address = elt.address
    if not HOSTNAME_RE.match(address):
        return {"output": "invalid address"}
    output = subprocess.check_output(["ping", "-c", "1", address], stderr=subprocess.STDOUT)
    return {"output": output.decode("utf-8", "replace")}


def system_parameters():
    output = subprocess.check_output("uptime", shell=True)
    return {"uptime": output.decode().strip()}


pages = {
    check_host: {"name": "CheckHost", "route": "/system/ping", "view": None},
    check_element: {"name": "CheckElement", "route": "/system/ping/:name", "view": None},
    system_parameters: {"name": "Parameters", "route": "/system/parameters", "view": "parameters"},
}
