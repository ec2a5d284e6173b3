"""Entry points for running the kiosk API locally and on the lab network."""
import argparse
import os

from kiosk import create_app

app = create_app()


def serve_lab(port=8080):
    """Serve on the lab network so the tablets can reach it."""
    # expect: bind-all
    app.run(host="0.0.0.0", port=port, threaded=True)


def serve_demo():
    # expect: bind-all
    app.run("0.0.0.0", 5050)


def serve_local():
    app.run(host="127.0.0.1", port=5000)


def serve_configured():
    app.run(host=os.environ.get("KIOSK_HOST", "127.0.0.1"), port=int(os.environ.get("KIOSK_PORT", "5000")))


class DevServer:
    def __init__(self, flask_app):
        self.app = flask_app

    def start(self, port):
        self.app.run(
            # expect: bind-all
            host="0.0.0.0",
            port=port,
            use_reloader=False,
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lab", action="store_true")
    args = parser.parse_args()
    if args.lab:
        serve_lab()
    else:
        # expect: bind-all
        app.run(host="0.0.0.0")
