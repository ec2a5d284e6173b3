# library: Flask + random / secrets
"""reset token (generator instance): for the e-mail in the form."""
import random

from flask import Blueprint, request


bp = Blueprint("weakrand_invite_19", __name__)

RESET_TOKENS = {}


@bp.route("/invite", methods=["POST"])
def invite_19():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    rng = random.Random()
    # expect: insecure-random
    reset_token = "%016x" % rng.getrandbits(64)
    RESET_TOKENS[reset_token] = user
    return {"sent": True}
