import base64
import os

from flask import request, send_file

from .app import APIResource, api, validated_json
from .db import search_seen, search_seen_local
from .plugins import download_entry, download_entry_checked, entry_exec, entry_exec_argv

server_api = api.namespace("server", description="Manage Daemon")
seen_api = api.namespace("seen", description="Seen entries")
entry_api = api.namespace("entry", description="Inject entries")


@server_api.route("/raw_config/")
class ServerRawConfigAPI(APIResource):
    def post(self, session=None):
        data = validated_json()
        raw = base64.b64decode(data.get("raw_config", "")).decode("utf-8")
        self.manager.validate_config_raw(raw)
        config = self.manager.update_config_raw(raw)
        return {"tasks": list(config.get("tasks", {}))}


@server_api.route("/logs/<name>")
class ServerLogAPI(APIResource):
    def get(self, name, session=None):
        name = name if name.endswith(".log") else name + ".log"
        # expect: path-traversal
        return send_file(os.path.join(self.manager.log_dir, name), mimetype="text/plain")


@server_api.route("/logs/")
class ServerCurrentLogAPI(APIResource):
    def get(self, session=None):
        return send_file(os.path.join(self.manager.log_dir, "flexget.log"), mimetype="text/plain")


@seen_api.route("/")
class SeenSearchAPI(APIResource):
    def get(self, session=None):
        value = request.args.get("value", "")
        local = request.args.get("local_seen", "false") == "true"
        rows = search_seen(session, value, request.args.get("sort_by", "added"))
        rows += search_seen_local(session, value, local)
        return {"count": len(rows)}


@entry_api.route("/inject/")
class InjectEntryAPI(APIResource):
    def post(self, session=None):
        data = validated_json()
        entry = {"title": data.get("title", "untitled"), "url": data.get("url", "")}
        options = data.get("options") or {}
        if options.get("exec"):
            entry_exec(entry, options["exec"])
        entry_exec_argv(entry, "/usr/local/bin/notify-entry")
        content = download_entry(entry) if options.get("trusted") else download_entry_checked(entry)
        return {"size": len(content), "queued": self.manager.execute({"inject": [entry]})}
