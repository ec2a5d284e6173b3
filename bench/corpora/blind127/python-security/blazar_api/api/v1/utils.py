"""Rest: a Flask Blueprint whose routes receive the JSON body as `data` (blazar.api.v1.utils)."""
import functools

import flask


class Rest(flask.Blueprint):
    def get(self, rule, query=False):
        return self._mroute("GET", rule, query)

    def post(self, rule):
        return self._mroute("POST", rule, False)

    def _mroute(self, method, rule, query):
        def decorator(func):
            @functools.wraps(func)
            def handler(**kwargs):
                if method == "POST":
                    kwargs["data"] = flask.request.get_json(force=True) or {}
                if query:
                    kwargs["query"] = flask.request.args.to_dict()
                return func(**kwargs)
            self.add_url_rule(rule, func.__name__, handler, methods=[method])
            return func
        return decorator


def render(**payload):
    return flask.jsonify(payload)
