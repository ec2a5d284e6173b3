import json
import subprocess

from freedombox_plinth.actions import privileged


@privileged
def list_archives(repository_uuid):
    out = subprocess.run(["borg", "list", "--json", f"/var/lib/freedombox/borgbackup/{repository_uuid}"],
                         capture_output=True, check=True).stdout
    return [a["name"] for a in json.loads(out)["archives"]]
