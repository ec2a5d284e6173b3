"""Flask-RESTful style method views: each one holds the RestAPI object it was built with."""
from flask.views import MethodView
from webargs.flaskparser import use_kwargs
from marshmallow import fields

from rotkehlchen.api.v1.schemas import (
    AssetsSearchSchema,
    DataImportSchema,
    HistoryExportSchema,
    NodeSettingsSchema,
)


class BaseMethodView(MethodView):
    def __init__(self, rest_api_object):
        self.rest_api = rest_api_object


class HistoryExportingResource(BaseMethodView):
    put_schema = HistoryExportSchema()

    @use_kwargs(put_schema, location="json")
    def put(self, directory_path):
        return self.rest_api.export_history_csv(directory_path=directory_path)

    def get(self):
        return self.rest_api.download_history_csv()


class AssetsSearchResource(BaseMethodView):
    post_schema = AssetsSearchSchema()

    @use_kwargs(post_schema, location="json")
    def post(self, **kwargs):
        return self.rest_api.search_assets(**kwargs)


class NodeSettingsResource(BaseMethodView):
    put_schema = NodeSettingsSchema()

    @use_kwargs(put_schema, location="json")
    def put(self, name, endpoint):
        return self.rest_api.set_rpc_node(name=name, endpoint=endpoint)

    @use_kwargs({"name": fields.String(required=True)}, location="query")
    def get(self, name):
        return self.rest_api.query_node_block(name)


class DataImportResource(BaseMethodView):
    put_schema = DataImportSchema()

    @use_kwargs(put_schema, location="json")
    def put(self, source, filepath, strict=False):
        return self.rest_api.import_data(source=source, filepath=filepath, strict=strict)
