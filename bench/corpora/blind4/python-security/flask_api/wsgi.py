"""Run the scanner API directly (development and the kiosk laptops)."""
import os

from .app import app

if __name__ == "__main__":
    # expect: bind-all-interfaces
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5050")))
