"""Views that park request data in dicts, lists and config objects."""
import configparser
import os
import subprocess

from flask import Blueprint, request

bp = Blueprint("containers", __name__)


@bp.get("/dict/unsafe")
def dict_unsafe():
    param = request.args.get("name", "")
    m = {}
    m["keyA"] = "report.txt"
    m["keyB"] = param
    bar = m["keyB"]
    # expect: command-injection-dict-element
    os.system("cat /srv/lab/files/" + bar)
    return "ok"


@bp.get("/dict/safe")
def dict_safe():
    param = request.args.get("name", "")
    m = {}
    m["keyA"] = "report.txt"
    m["keyB"] = param
    bar = m["keyA"]
    os.system("cat /srv/lab/files/" + bar)
    return "ok"


@bp.get("/dict/literal")
def dict_literal():
    param = request.args.get("name", "")
    options = {"safe": "uptime", "user": param}
    subprocess.run(options["safe"], shell=True, check=False)
    # expect: command-injection-dict-element
    subprocess.run(options["user"], shell=True, check=False)
    return "ok"


@bp.get("/list/safe")
def list_safe():
    param = request.args.get("name", "")
    lst = []
    lst.append("safe")
    lst.append(param)
    lst.append("moresafe")
    lst.pop(0)
    bar = lst[1]
    subprocess.run("echo " + bar, shell=True, check=False)
    return "ok"


@bp.get("/list/unsafe")
def list_unsafe():
    param = request.args.get("name", "")
    lst = []
    lst.append("safe")
    lst.append(param)
    lst.append("moresafe")
    lst.pop(0)
    bar = lst[0]
    # expect: command-injection-list-element
    subprocess.run("echo " + bar, shell=True, check=False)
    return "ok"


@bp.get("/config/unsafe")
def config_unsafe():
    param = request.args.get("name", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "a-value")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: command-injection-configparser
    os.system("ls /srv/lab/" + bar)
    return "ok"


@bp.get("/config/safe")
def config_safe():
    param = request.args.get("name", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "a-value")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    os.system("ls /srv/lab/" + bar)
    return "ok"


@bp.get("/tuple")
def tuple_unpack():
    fixed, user = "uptime", request.args.get("cmd", "")
    os.system(fixed)
    # expect: command-injection-tuple
    os.system(user)
    return "ok"
