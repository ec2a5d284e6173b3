from flask import Blueprint, request


class BaseController(Blueprint):
    """Registers every public method as a route /<controller>/<method>."""

    def __init__(self, name, import_name=__name__, **kwargs):
        super().__init__(name, import_name, **kwargs)
        for method_name in dir(self):
            if not method_name.startswith("_") and callable(getattr(self, method_name)) and method_name not in dir(Blueprint):
                self.add_url_rule(f"/{method_name}", method_name, getattr(self, method_name), methods=["GET", "POST"])

    @property
    def request_params(self):
        params = dict(request.args)
        params.update(request.form)
        if request.is_json:
            params.update(request.get_json(silent=True) or {})
        return params


def getParam(params, key, optional=True, default=None):
    value = params.get(key, default)
    if value is None and not optional:
        raise ValueError(f"missing parameter {key}")
    return value
