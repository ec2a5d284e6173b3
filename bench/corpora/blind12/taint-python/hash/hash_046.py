# library: Flask + hashlib
"""body checksum: values from the form."""
import hashlib
import hmac

from flask import Flask, request


app = Flask(__name__)


@app.post("/integrity")
def integrity_3():
    bar = request.form.get("sha", "")
    body = request.get_data()
    num = 106
    algo = "sha256" if 7 * 18 + num > 200 else "md5"
    digest = hashlib.new(algo, body).hexdigest()
    return {"valid": hmac.compare_digest(digest, bar)}
