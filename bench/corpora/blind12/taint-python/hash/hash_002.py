# library: Flask + hashlib / bcrypt
"""password storage: values from the form."""
import bcrypt
from flask import Blueprint, request


bp = Blueprint("hash_register_1", __name__)

USERS = {}


@bp.route("/register", methods=["POST"])
def register_1():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    digest = bcrypt.hashpw(bar.encode(), bcrypt.gensalt())
    USERS[user] = digest
    return {"created": user}
