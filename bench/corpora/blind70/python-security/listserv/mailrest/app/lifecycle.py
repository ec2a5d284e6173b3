"""Creating lists and regenerating the MTA maps."""
import logging
import os
import re
import subprocess

log = logging.getLogger("mailman.lifecycle")

POSTMAP = os.environ.get("MAILMAN_POSTMAP", "/usr/sbin/postmap")
MAPS_DIR = os.environ.get("MAILMAN_MAPS_DIR", "/var/lib/mailman/data")
LISTNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}@[a-z0-9.-]{1,253}$")


def _regenerate(path):
    # expect: command-injection
    os.system(f"{POSTMAP} {path}")


def create_list(fqdn_listname, style_name=None):
    listname, _, domain = fqdn_listname.partition("@")
    path = os.path.join(MAPS_DIR, f"postfix_lmtp_{domain}")
    with open(os.path.join(MAPS_DIR, "pending_lists"), "a") as f:
        f.write(fqdn_listname + "\n")
    _regenerate(path)
    log.info("created list in domain map")
    return {"list_id": fqdn_listname.replace("@", "."), "style": style_name or "legacy-default"}


def create_checked_list(fqdn_listname, style_name=None):
    if not LISTNAME_RE.match(fqdn_listname):
        raise ValueError("invalid list name")
    domain = fqdn_listname.split("@", 1)[1]
    subprocess.run([POSTMAP, os.path.join(MAPS_DIR, f"postfix_lmtp_{domain}")], check=True)
    return {"list_id": fqdn_listname.replace("@", "."), "style": style_name or "legacy-default"}
