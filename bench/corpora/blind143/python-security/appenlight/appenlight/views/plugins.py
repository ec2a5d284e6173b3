"""Assets of installed plugins."""
import os

from pyramid.response import FileResponse
from pyramid.view import view_config

PLUGINS_DIR = os.environ.get("APPENLIGHT_PLUGINS_DIR", "/opt/appenlight/plugins")


@view_config(route_name="plugin_asset", permission="view")
def plugin_asset(request):
    plugin = request.matchdict["plugin"]
    asset = request.params.get("asset", "index.js")
    # expect: path-traversal
    return FileResponse(os.path.join(PLUGINS_DIR, plugin, "static", asset), request=request)


def includeme(config):
    config.add_static_view(name="plugin_static", path="appenlight:static/plugins", cache_max_age=3600)
