"""XML-RPC API: every public method takes the caller's arguments and a token."""
import os
import threading
from xmlrpc.server import SimpleXMLRPCDispatcher, SimpleXMLRPCServer

from cobbler_remote import templar, utils
from cobbler_remote.actions.importer import Importer
from cobbler_remote.actions.power import PowerManager

TEMPLATES_DIR = "/var/lib/cobbler/templates"


class CobblerThread(threading.Thread):
    def __init__(self, event_id, remote, options, task_name, api):
        super().__init__()
        self.event_id = event_id
        self.remote = remote
        self.options = options or {}
        self.task_name = task_name
        self.api = api
        self.on_done = None

    def run(self):
        result = self._run(self)
        if self.on_done:
            self.on_done(result)


class CobblerXMLRPCInterface:
    def __init__(self, api):
        self.api = api
        self.token_cache = {}
        self.systems = {}

    def check_access(self, token, resource):
        if token not in self.token_cache:
            raise PermissionError("invalid token")
        return self.token_cache[token]

    def __start_task(self, thr_obj_fn, token, role_name, name, args):
        self.check_access(token, role_name)
        thr = CobblerThread(len(self.token_cache), self, args, name, self.api)
        thr._run = thr_obj_fn
        thr.start()
        return thr.event_id

    def background_import(self, options, token):
        def runner(self):
            path = self.options.get("path")
            name = self.options.get("name") or "imported"
            Importer(self.api).run(path, name, self.options.get("arch", "x86_64"))
        return self.__start_task(runner, token, "import", "Media import", options)

    def background_import_checked(self, options, token):
        def runner(self):
            Importer(self.api).run_checked(self.options["path"], self.options.get("name", "imported"))
        return self.__start_task(runner, token, "import", "Media import", options)

    def read_autoinstall_template(self, file_path, token):
        self.check_access(token, "read_autoinstall_template")
        full = os.path.join(TEMPLATES_DIR, file_path)
        # expect: path-traversal
        with open(full) as fh:
            return fh.read()

    def read_autoinstall_template_checked(self, file_path, token):
        self.check_access(token, "read_autoinstall_template")
        if not utils.is_safe_template_path(TEMPLATES_DIR, file_path):
            raise ValueError("invalid template path")
        with open(os.path.join(TEMPLATES_DIR, file_path)) as fh:
            return fh.read()

    def preview_template(self, text, variables, token):
        self.check_access(token, "preview_template")
        return templar.Templar().render(text, variables or {})

    def preview_template_sandboxed(self, text, variables, token):
        self.check_access(token, "preview_template")
        return templar.Templar().render_sandboxed(text, variables or {})

    def modify_system(self, system_name, field, value, token):
        self.check_access(token, "modify_system")
        self.systems.setdefault(system_name, {})[field] = value
        return True

    def power_system(self, system_name, power_operation, token):
        self.check_access(token, "power_system")
        record = self.systems[system_name]
        manager = PowerManager(record)
        if record.get("power_type") == "ipmilan_checked":
            return manager.power_checked(power_operation)
        return manager.power(power_operation)


def serve(api, host="127.0.0.1", port=25151):
    server = SimpleXMLRPCServer((host, port), allow_none=True)
    server.register_instance(CobblerXMLRPCInterface(api))
    server.serve_forever()
