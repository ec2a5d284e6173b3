"""ResourceBase and driver hints built from the query string."""
import flask
import flask_restful


class Hints:
    def __init__(self):
        self.filters = []
        self.limit = None

    def add_filter(self, name, value, comparator="equals", case_sensitive=False):
        self.filters.append({"name": name, "value": value, "comparator": comparator, "case_sensitive": case_sensitive})


class ResourceBase(flask_restful.Resource):
    collection_key = None
    member_key = None

    @property
    def request_body_json(self):
        return flask.request.get_json(silent=True, force=True) or {}

    @staticmethod
    def build_driver_hints(supported_filters):
        hints = Hints()
        for attr in supported_filters:
            value = flask.request.args.get(attr)
            if value is not None:
                hints.add_filter(attr, value)
        for key, value in flask.request.args.items():
            if "__" in key:
                name, comparator = key.split("__", 1)
                if name in supported_filters:
                    hints.add_filter(name, value, comparator=comparator)
        return hints

    def wrap_collection(self, refs):
        return {self.collection_key: refs}

    def wrap_member(self, ref):
        return {self.member_key: ref}
