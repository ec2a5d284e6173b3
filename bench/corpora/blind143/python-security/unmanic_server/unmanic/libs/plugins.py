"""Plugin repositories: the official one and any the user adds."""
import requests

from unmanic.libs.unmodels import PluginRepos

OFFICIAL_REPO = "https://raw.githubusercontent.com/Unmanic/unmanic-plugins/repo/repo.json"


class PluginsHandler:
    def set_plugin_repos(self, repos):
        PluginRepos.delete().execute()
        for path in repos:
            PluginRepos.create(path=path)

    def fetch_all_repos(self):
        data = [requests.get(OFFICIAL_REPO, timeout=10).json()]
        for repo in PluginRepos.select():
            # expect: ssrf
            data.append(requests.get(repo.path, timeout=10).json())
        return data

    def install_plugin_by_id(self, plugin_id):
        listing = requests.get(OFFICIAL_REPO, timeout=10).json()
        return {p["id"]: p for p in listing["plugins"]}.get(plugin_id, {})
