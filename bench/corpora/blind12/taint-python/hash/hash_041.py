# library: Flask + hashlib
"""body checksum: values from the form."""
import hashlib
import hmac

from flask import Flask, request


app = Flask(__name__)


@app.post("/integrity")
def integrity_1():
    bar = request.form.get("sha", "")
    body = request.get_data()
    num = 86
    algo = "md5" if 7 * 18 + num > 200 else "sha256"
    # expect: weak-hash
    digest = hashlib.new(algo, body).hexdigest()
    return {"valid": hmac.compare_digest(digest, bar)}
