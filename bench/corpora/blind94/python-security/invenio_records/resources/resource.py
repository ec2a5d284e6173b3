from flask import g, redirect
from flask_resources import Resource, resource_requestctx, response_handler, route

from invenio_records.resources.args import next_url_arg, request_search_args, request_view_args
from invenio_records.services.service import RecordService


class RecordResource(Resource):
    def __init__(self, config, service=None):
        super().__init__(config)
        self.service = service or RecordService()

    def create_url_rules(self):
        return [
            route("GET", "/records", self.search),
            route("GET", "/records/<pid_value>", self.read),
            route("GET", "/records/<pid_value>/files/<key>/content", self.read_file),
            route("GET", "/records/<pid_value>/badge", self.badge),
            route("GET", "/records/<pid_value>/login", self.login_redirect),
        ]

    @request_search_args
    @response_handler(many=True)
    def search(self):
        args = resource_requestctx.args
        hits = self.service.search(g.identity, params=args)
        return hits, 200

    @request_view_args
    @response_handler()
    def read(self):
        return self.service.read(g.identity, resource_requestctx.view_args["pid_value"]), 200

    @request_view_args
    def read_file(self):
        view_args = resource_requestctx.view_args
        return self.service.files.open_content(view_args["pid_value"], view_args["key"])

    @request_view_args
    def badge(self):
        record = self.service.read(g.identity, resource_requestctx.view_args["pid_value"])
        return self.service.render_badge(record), 200

    def login_redirect(self, pid_value):
        target = next_url_arg() or f"/records/{pid_value}"
        # expect: open-redirect
        return redirect(target)
