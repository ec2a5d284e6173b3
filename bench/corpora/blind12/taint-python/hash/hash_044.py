# library: Flask + hashlib
"""body checksum: values from the form."""
import hashlib
import hmac

from flask import Blueprint, request


bp = Blueprint("hash_integrity_2", __name__)


@bp.route("/integrity", methods=["POST"])
def integrity_2():
    bar = request.form.get("sha", "")
    body = request.get_data()
    num = 50
    algo = "md5" if 7 * 18 + num > 200 else "sha256"
    digest = hashlib.new(algo, body).hexdigest()
    return {"valid": hmac.compare_digest(digest, bar)}
