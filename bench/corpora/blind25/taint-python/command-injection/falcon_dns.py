"""DNS lookup tool (Falcon)."""
import subprocess

import falcon


class DigResource:
    def on_post(self, req, resp):
        body = req.get_media()
        record = body.get("type", "A")
        name = body["name"]
        args = " ".join(["dig", "+short", record, name])
        # expect: command-injection
        out = subprocess.run(args, shell=True, capture_output=True, text=True)
        resp.media = {"answer": out.stdout.split()}


app = falcon.App()
app.add_route("/dig", DigResource())
