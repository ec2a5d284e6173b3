"""Generic driver helpers: NFS exports and CIFS users, managed shares."""
import os
import re
import shlex
import shutil
import subprocess

from manila_api.share.security.ldap_helper import LDAPHelper

MOUNT_BASE = "/shares"
CEPHX_ID = re.compile(r"^[a-zA-Z0-9_.-]{1,64}$")


class GenericShareDriver:
    def _execute(self, cmd):
        return subprocess.run(cmd, shell=True, check=True, capture_output=True).stdout

    def update_access(self, share, rules):
        path = os.path.join(MOUNT_BASE, share["id"])
        for rule in rules:
            level = "ro" if rule["access_level"] == "ro" else "rw"
            if rule["access_type"] == "cephx":
                if not CEPHX_ID.match(rule["access_to"]):
                    raise ValueError("bad cephx id")
                self._execute(f"ceph auth get-or-create client.{rule['access_to']} mon 'allow r'")
            elif rule["access_type"] == "user":
                helper = LDAPHelper(share["security_service"])
                users = helper.group_members(rule["access_to"][1:]) if rule["access_to"].startswith("@") else [rule["access_to"]]
                if not all(helper.user_exists(u) for u in users):
                    raise ValueError("unknown user")
                self._execute("net conf setparm %s 'valid users' %s" % (shlex.quote(share["id"]), shlex.quote(rule["access_to"])))
            else:
                # expect: command-injection
                self._execute(f"exportfs -o {level},no_subtree_check {rule['access_to']}:{path}")

    def manage_existing(self, share, driver_options):
        export = share["export_location"] or ""
        _server, _, share_path = export.partition(":")
        # expect: path-traversal
        shutil.chown(os.path.join(MOUNT_BASE, share_path.lstrip("/")), user="manila", group="manila")
        stats = os.stat(os.path.join(MOUNT_BASE, os.path.basename(share_path)))
        size = int(driver_options.get("size", stats.st_size // 2**30))
        return {"size": size, "export_locations": [export]}
