import marshmallow as ma
from flask import request
from flask_resources import request_parser


class SearchRequestArgsSchema(ma.Schema):
    q = ma.fields.String()
    sort = ma.fields.String()
    page = ma.fields.Int(load_default=1)
    size = ma.fields.Int(load_default=10)
    community = ma.fields.String()

    class Meta:
        unknown = ma.INCLUDE


request_search_args = request_parser(SearchRequestArgsSchema, location="args")
request_view_args = request_parser({"pid_value": ma.fields.Str(), "key": ma.fields.Str()}, location="view_args")


def next_url_arg():
    return request.args.get("next")
