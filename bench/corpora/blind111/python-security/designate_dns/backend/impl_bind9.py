"""Bind 9 backend: create and delete zones by running rndc."""
import os
import subprocess

ZONE_DIR = "/var/lib/designate/zones"


class Bind9Backend:
    def __init__(self, options):
        self.rndc_host = options["rndc_host"]
        self.rndc_port = str(options["rndc_port"])

    def _rndc_base(self):
        return ["rndc", "-s", self.rndc_host, "-p", self.rndc_port]

    def create_zone(self, context, zone):
        zone_conf = f'{zone["name"].rstrip(".")} {{ type slave; masters {{ 127.0.0.1 port 5354; }}; file "slave.{zone["name"]}{zone["id"]}"; }};'
        subprocess.run(self._rndc_base() + ["addzone", zone_conf], check=True, timeout=30)

    def delete_zone(self, context, zone):
        name = zone["name"].rstrip(".")
        # expect: command-injection
        subprocess.run(f"rndc -s {self.rndc_host} -p {self.rndc_port} delzone {name}", shell=True, check=True)

    def write_zonefile(self, zone, filename):
        path = os.path.join(ZONE_DIR, f"{filename}.zone")
        # expect: path-traversal
        with open(path, "w") as fh:
            fh.write(f"$ORIGIN {zone['name']}\n")
        return path
