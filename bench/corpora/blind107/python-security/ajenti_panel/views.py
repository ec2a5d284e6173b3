"""HTTP handlers of a panel plugin: an HttpPlugin with @url routes and @endpoint(api=True)."""
import json

from .decorators import endpoint, url
from .services import FilesystemService, ServiceManager, PackageInstaller
from .config_store import restore_config, restore_config_safe
from .helpers import body_field, query_param

ALLOWED_UNITS = {"nginx", "sshd", "cron", "postfix"}


class Handler:
    def __init__(self, context):
        self.context = context
        self.fs = FilesystemService(root="/srv/panel")
        self.services = ServiceManager()
        self.installer = PackageInstaller()

    @url(r"/api/filesystem/read/(?P<path>.+)")
    @endpoint(api=True)
    def handle_api_fs_read(self, http_context, path=None):
        encoding = query_param(http_context, "encoding") or "utf-8"
        return self.fs.read(path, encoding)

    @url(r"/api/filesystem/read-safe/(?P<path>.+)")
    @endpoint(api=True)
    def handle_api_fs_read_safe(self, http_context, path=None):
        return self.fs.read_checked(path)

    @url(r"/api/services/command")
    @endpoint(api=True)
    def handle_api_service_command(self, http_context):
        unit = body_field(http_context, "unit")
        action = body_field(http_context, "action", "status")
        return self.services.run_action(unit, action)

    @url(r"/api/services/restart")
    @endpoint(api=True)
    def handle_api_service_restart(self, http_context):
        unit = body_field(http_context, "unit")
        if unit not in ALLOWED_UNITS:
            return {"error": "unknown unit"}
        return self.services.restart(unit)

    @url(r"/api/packages/install-from-url")
    @endpoint(api=True)
    def handle_api_install_url(self, http_context):
        data = http_context.json_body()
        source = data.get("url")
        mirror = data.get("mirror")
        if not mirror:
            mirror = "https://packages.example.org"
        return self.installer.fetch_package(source, mirror)

    @url(r"/api/packages/install-named")
    @endpoint(api=True)
    def handle_api_install_named(self, http_context):
        name = body_field(http_context, "name")
        return self.installer.fetch_named(name)

    @url(r"/api/notepad/preview")
    @endpoint(page=True)
    def handle_notepad_preview(self, http_context):
        text = query_param(http_context, "text")
        http_context.add_header("Content-Type", "text/html")
        return self.fs.preview_html(text)

    @url(r"/api/notepad/preview-escaped")
    @endpoint(page=True)
    def handle_notepad_preview_escaped(self, http_context):
        text = query_param(http_context, "text")
        return json.dumps({"html": self.fs.preview_escaped(text)})

    @url(r"/api/core/config/restore")
    @endpoint(api=True)
    def handle_api_config_restore(self, http_context):
        backup = body_field(http_context, "backup", "")
        strict = body_field(http_context, "strict", False)
        return restore_config(backup) if not strict else restore_config_safe(backup)
