"""An Errbot plugin exposing webhooks through the Webserver core plugin."""
import os

import requests
from errbot import BotPlugin, botcmd, webhook

from .lib.calc import evaluate, evaluate_safe
from .lib.deploy import deployer_for

UPLOAD_DIR = "/var/lib/errbot/uploads"
ALLOWED_CALLBACK_HOSTS = ("hooks.slack.com", "ci.example.org")


class CI(BotPlugin):
    @webhook("/ci/deploy")
    def deploy(self, payload):
        deployer = deployer_for(payload.get("repository", "api"))
        ref = payload.get("ref", "main")
        if payload.get("strict"):
            result = deployer.checkout_checked(ref)
        else:
            result = deployer.checkout(ref)
        self.send(self.build_identifier("#deploys"), f"deployed {ref}: {result.returncode}")
        return "OK"

    @webhook("/ci/calc", form_param="form")
    def calc(self, form):
        expr = form.get("expr", "0")
        value = evaluate(expr) if form.get("mode") == "full" else evaluate_safe(expr)
        return str(value)

    @webhook("/ci/subscribe")
    def subscribe(self, payload):
        subs = self.get("callbacks", [])
        subs.append(payload["callback_url"])
        self["callbacks"] = subs
        return "subscribed"

    @botcmd
    def notify(self, msg, args):
        for url in self.get("callbacks", []):
            # expect: ssrf
            requests.post(url, json={"text": args}, timeout=5)
        return "notified"

    @botcmd
    def notify_checked(self, msg, args):
        for url in self.get("callbacks", []):
            if requests.utils.urlparse(url).hostname in ALLOWED_CALLBACK_HOSTS:
                requests.post(url, json={"text": args}, timeout=5)
        return "notified"

    @webhook("/ci/artifact", raw=True)
    def artifact(self, request):
        upload = request.files.get("artifact")
        name = request.forms.get("name") or upload.raw_filename
        # expect: path-traversal
        with open(os.path.join(UPLOAD_DIR, name), "wb") as fh:
            fh.write(upload.file.read())
        return "stored"

    @webhook("/ci/artifact_safe", raw=True)
    def artifact_safe(self, request):
        upload = request.files.get("artifact")
        upload.save(os.path.join(UPLOAD_DIR, os.path.basename(upload.filename)), overwrite=False)
        return "stored"
