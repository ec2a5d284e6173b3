"""Cover resource (Flask-RESTful), checked path."""
import os

from flask import Flask
from flask_restful import Api, Resource, abort, reqparse

from .helpers.storage import safe_cover_path

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("name", type=str, required=True, location="args")


class Cover(Resource):
    def delete(self):
        args = parser.parse_args()
        try:
            path = safe_cover_path(args["name"])
        except ValueError:
            abort(400)
        os.remove(path)
        return "", 204


api.add_resource(Cover, "/covers")
