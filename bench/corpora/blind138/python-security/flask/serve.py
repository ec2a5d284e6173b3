"""Start the webhook receiver."""
import os
import sys

from flask import Flask

from .hooks import register_hooks

app = Flask(__name__)
register_hooks(app)


def serve_public():
    # expect: bind-all
    app.run(host="0.0.0.0", port=8080)


def serve_positional():
    # expect: bind-all
    app.run("0.0.0.0", 8081, threaded=True)


def serve_local():
    app.run(host="127.0.0.1", port=8080)


def serve_from_env():
    app.run(host=os.environ.get("BIND_HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    if "--local" in sys.argv:
        serve_local()
    else:
        # expect: bind-all
        app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), debug=False)
