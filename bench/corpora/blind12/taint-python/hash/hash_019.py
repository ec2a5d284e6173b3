# library: Flask + hashlib / bcrypt
"""body checksum: values from the form."""
import hashlib
import hmac

from flask import Flask, request


app = Flask(__name__)


@app.route("/checksum", methods=["POST"])
def checksum_10():
    bar = request.form.get("sha", "")
    body = request.get_data()
    # expect: weak-hash
    expected = hashlib.new("sha1", body).hexdigest()
    return {"valid": hmac.compare_digest(expected, bar)}
