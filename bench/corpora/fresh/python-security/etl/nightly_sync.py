#!/usr/bin/env python3
"""Nightly sync from the warehouse to the reporting DB. Run from cron."""
import argparse
import hashlib
import logging
import os
import subprocess
import sys
import telnetlib
import tempfile
import urllib.request as ureq

import requests
import yaml
from yaml import Loader, SafeLoader

log = logging.getLogger("nightly")
LEGACY_HOST = "10.4.0.12"


def read_config(path):
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=Loader)


def read_mapping(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=SafeLoader)


def export_rows(cfg):
    sess = requests.Session()
    sess.auth = (cfg["user"], os.environ["WAREHOUSE_PASS"])
    # expect: insecure-transport
    r = sess.get("http://warehouse.corp.example.com/export/orders.csv", timeout=120)
    r.raise_for_status()
    return r.text


def poke_legacy_switch():
    # expect: insecure-transport
    tn = telnetlib.Telnet(LEGACY_HOST, 23, timeout=10)
    tn.write(b"sync now\n")
    tn.close()


def stage(text):
    # expect: temp-file
    path = tempfile.mktemp(prefix="nightly-", suffix=".csv")
    with open(path, "w") as fh:
        fh.write(text)
    return path


def stage_safe(text):
    fh = tempfile.NamedTemporaryFile("w", prefix="nightly-", suffix=".csv", delete=False)
    with fh:
        fh.write(text)
    return fh.name


def load(path, table):
    # expect: command-injection
    subprocess.run("psql -c \"\\copy %s FROM '%s' CSV HEADER\"" % (table, path), shell=True, check=True)


def fingerprint(path):
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def notify(url, msg):
    req = ureq.Request(url, data=msg.encode(), headers={"Content-Type": "text/plain"})
    # expect: insecure-transport
    ureq.urlopen(req, timeout=10)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="/etc/nightly.yaml")
    ap.add_argument("--table", default="orders_staging")
    args = ap.parse_args(argv)
    cfg = read_config(args.config)
    path = stage(export_rows(cfg))
    load(path, args.table)
    log.info("loaded %s (%s)", path, fingerprint(path))
    notify(cfg["notify_url"], "nightly ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
