from flask import request

from quay_registry.config_app.loader import load_config, validate_config
from quay_registry.endpoints.api import ApiResource, nickname, resource


@resource("/v1/superuser/config")
class SuperUserConfig(ApiResource):
    @nickname("scUpdateConfig")
    def put(self):
        body = request.get_data()
        if request.args.get("validate_only"):
            return {"keys": validate_config(body)}
        config = load_config(body)
        return {"config": sorted(config)}
