from flask.views import MethodView
from flask_jwt_extended import jwt_required


class Resource(MethodView):
    """Base class for API resources."""


class ProtectedResource(Resource):
    decorators = [jwt_required()]
