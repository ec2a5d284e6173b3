"""User endpoints: search the user stores behind a realm."""
from flask import Blueprint, request

from privacyidea.api.lib.utils import send_result
from privacyidea.lib.user import get_user_list
from privacyidea.lib.utils import getParam

user_blueprint = Blueprint("user_blueprint", __name__)


@user_blueprint.route("/", methods=["GET"])
def get_users():
    params = request.all_data
    search = {}
    for key in ("username", "email", "givenname", "surname"):
        value = getParam(params, key)
        if value:
            search[key] = value
    realm = getParam(params, "realm", default="defrealm")
    return send_result(get_user_list(realm, search))
