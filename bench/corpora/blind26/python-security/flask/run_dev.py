"""Entry point of the dashboard app."""
import os

from dashboard import create_app

app = create_app()

if __name__ == "__main__":
    # expect: debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)


def run_local():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def run_prod():
    app.run(host="0.0.0.0", port=8080, debug=False)
