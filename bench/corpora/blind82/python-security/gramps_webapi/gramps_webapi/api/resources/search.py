from flask import current_app, jsonify
from webargs import fields, validate
from webargs.flaskparser import use_args

from ..search.indexer import SearchIndexer
from . import ProtectedResource


class SearchResource(ProtectedResource):
    @use_args(
        {
            "query": fields.Str(required=True, validate=validate.Length(min=1)),
            "page": fields.Int(load_default=1, validate=validate.Range(min=1)),
            "pagesize": fields.Int(load_default=20, validate=validate.Range(min=1, max=100)),
            "sort": fields.Str(load_default=None),
            "type": fields.DelimitedList(fields.Str(), load_default=None),
        },
        location="query",
    )
    def get(self, args):
        indexer = SearchIndexer(current_app.config["SEARCH_INDEX_DB"])
        rows = indexer.search(args["query"], args["page"], args["pagesize"], sort=args["sort"], object_types=args["type"])
        return jsonify([{"handle": h, "object_type": t} for h, t in rows])
