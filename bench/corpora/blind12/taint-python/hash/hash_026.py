# library: Flask + hashlib / bcrypt
"""password storage: values from the form."""
import bcrypt
from flask import Blueprint, request


bp = Blueprint("hash_register_13", __name__)

USERS = {}


@bp.route("/register", methods=["POST"])
def register_13():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    digest = bcrypt.hashpw(bar.encode(), bcrypt.gensalt())
    USERS[user] = digest
    return {"created": user}
