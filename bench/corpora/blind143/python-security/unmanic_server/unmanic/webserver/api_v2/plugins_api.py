"""Plugin repositories and installs."""
from unmanic.libs.plugins import PluginsHandler
from unmanic.webserver.api_v2.base_api_handler import BaseApiHandler


class ApiPluginsHandler(BaseApiHandler):
    def initialize(self, **kwargs):
        self.plugins = PluginsHandler()

    async def post(self):
        params = self.read_json_request()
        repos = params.get("repos_list") or []
        self.plugins.set_plugin_repos(repos)
        self.write_success({"repos": self.plugins.fetch_all_repos()})

    async def put(self):
        params = self.read_json_request()
        self.write_success(self.plugins.install_plugin_by_id(params["plugin_id"]))
