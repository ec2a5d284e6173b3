import requests

from ipalib import api


def start_device_flow(idp_name, client_id):
    ldap = api.Backend.ldap2
    entry = ldap.get_entry(api.Object.idp.get_dn(idp_name), ["ipaidpdevauthendpoint"])
    endpoint = entry.single_value["ipaidpdevauthendpoint"]
    # expect: ssrf
    resp = requests.post(endpoint, data={"client_id": client_id, "scope": "openid"}, timeout=15)
    return resp.json()
