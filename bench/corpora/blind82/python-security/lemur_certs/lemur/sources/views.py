import yaml
from flask import Blueprint, request
from flask_restful import Api, Resource

mod = Blueprint("sources", __name__)
api = Api(mod)


class SourceImport(Resource):
    def post(self):
        if request.args.get("format") == "legacy":
            # expect: deserialization
            spec = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
        else:
            spec = yaml.safe_load(request.get_data(as_text=True))
        sources = spec.get("sources", []) if isinstance(spec, dict) else []
        return {"imported": len(sources)}


api.add_resource(SourceImport, "/sources/import")
