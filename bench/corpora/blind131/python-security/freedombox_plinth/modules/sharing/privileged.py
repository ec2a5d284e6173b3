import json

from freedombox_plinth.actions import privileged

CONF = "/etc/apache2/conf-available/sharing-freedombox.json"


@privileged
def add(name, path, groups, is_public):
    with open(CONF) as fh:
        shares = json.load(fh)
    shares[name] = {"path": path, "groups": groups, "public": is_public}
    with open(CONF, "w") as fh:
        json.dump(shares, fh)


@privileged
def remove(name):
    with open(CONF) as fh:
        shares = json.load(fh)
    shares.pop(name, None)
    with open(CONF, "w") as fh:
        json.dump(shares, fh)
