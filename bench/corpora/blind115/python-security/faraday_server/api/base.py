import flask
from flask_classful import FlaskView
from marshmallow import ValidationError

from ..models import Workspace


class GenericView(FlaskView):
    route_prefix = "/v3/"
    schema_class = None

    def _parse_data(self, schema, request, *args, **kwargs):
        try:
            return schema.load(request.get_json(force=True), *args, **kwargs)
        except ValidationError as err:
            flask.abort(400, err.messages)


class GenericWorkspacedView(GenericView):
    route_prefix = "/v3/ws/<workspace_name>/"

    def _get_workspace(self, workspace_name):
        ws = Workspace.query.filter_by(name=workspace_name).first()
        if ws is None:
            flask.abort(404, "No such workspace: %s" % workspace_name)
        return ws
