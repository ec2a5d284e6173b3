import os

from portal import create_app

app = create_app()

if os.environ.get("FLASK_ENV") == "development":
    app.run(debug=True)
else:
    app.run(host="127.0.0.1", debug=False)
