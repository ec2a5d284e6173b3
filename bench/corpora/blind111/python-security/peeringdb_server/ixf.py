"""IX-F member export import, run by the ixf import command for each enabled ixlan."""
import requests

from .models import IXLan


class Importer:
    def __init__(self, timeout=5):
        self.timeout = timeout
        self.ixlan = None

    def fetch(self, url):
        if not url:
            return {"pdb_error": "no url"}
        # expect: ssrf
        response = requests.get(url, timeout=self.timeout)
        return response.json()

    def update(self, ixlan, data=None):
        self.ixlan = ixlan
        if data is None:
            data = self.fetch(ixlan.ixf_ixp_member_list_url)
        return data.get("member_list", [])


def import_all():
    importer = Importer()
    for ixlan in IXLan.objects.filter(ixf_ixp_import_enabled=True):
        importer.update(ixlan)
