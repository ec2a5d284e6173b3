# library: Flask + subprocess.run(shell=True)
"""subprocess.run(shell=True): value from request (get_data)."""
import configparser
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_lookup_9", __name__)


@bp.post("/lookup")
def lookup_9():
    param = request.get_data(as_text=True)
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "localhost")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    result = subprocess.run("nslookup %s" % bar, shell=True, capture_output=True, text=True)
    return {"output": result.stdout.splitlines()}
