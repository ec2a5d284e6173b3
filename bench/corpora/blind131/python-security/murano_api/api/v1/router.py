import routes

from murano_api.api.v1 import catalog
from murano_api.api.v1 import environments
from murano_api.common import wsgi


class API(wsgi.Router):
    def __init__(self, mapper=None):
        mapper = mapper or routes.Mapper()
        envs = environments.create_resource()
        mapper.connect("/environments/{environment_id}/actions/{action_id}", controller=envs,
                       action="execute", conditions={"method": ["POST"]})
        pkgs = catalog.create_resource()
        mapper.connect("/catalog/packages", controller=pkgs, action="search",
                       conditions={"method": ["GET"]})
        mapper.connect("/catalog/packages", controller=pkgs, action="upload",
                       conditions={"method": ["POST"]})
        mapper.connect("/catalog/packages/import", controller=pkgs, action="import_from_repo",
                       conditions={"method": ["POST"]})
        super().__init__(mapper)
