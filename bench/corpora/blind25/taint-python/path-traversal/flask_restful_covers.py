"""Cover resource (Flask-RESTful)."""
from flask import Flask
from flask_restful import Api, Resource, reqparse

from .helpers.storage import delete_cover

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("name", type=str, required=True, location="args")


class Cover(Resource):
    def delete(self):
        args = parser.parse_args()
        # expect: path-traversal
        delete_cover(args["name"])
        return "", 204


api.add_resource(Cover, "/covers")
