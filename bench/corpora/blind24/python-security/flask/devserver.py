"""Entry point for `python -m portal`."""
import os

from portal import create_app

app = create_app()

if __name__ == "__main__":
    if os.environ.get("PORTAL_ENV") == "local":
        app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
    else:
        # expect: debug-enabled
        app.run(host="0.0.0.0", port=8080, debug=True)
