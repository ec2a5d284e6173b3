# library: Flask + random / secrets
"""reset token: for the e-mail in the form."""
import random
import string

from flask import Blueprint, request


bp = Blueprint("weakrand_reset_8", __name__)

ALPHABET = string.ascii_letters + string.digits
RESET_TOKENS = {}


@bp.route("/reset", methods=["POST"])
def reset_8():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    # expect: insecure-random
    token = "".join(random.choice(ALPHABET) for _ in range(32))
    RESET_TOKENS[token] = user
    return {"sent": True}
