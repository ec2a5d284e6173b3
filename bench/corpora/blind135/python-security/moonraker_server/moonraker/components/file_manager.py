"""File manager component: endpoints registered on the server."""
import os
import shutil


class FileManager(object):

    def __init__(self, config):
        self.server = config.get_server()
        self.file_paths = {"gcodes": config.get("gcode_path", "~/printer_data/gcodes"),
                           "config": config.get("config_path", "~/printer_data/config")}
        self.server.register_endpoint("/server/files/delete_file", ["POST"], self._handle_file_delete)
        self.server.register_endpoint("/server/files/move", ["POST"], self._handle_file_move)

    def _convert_request_path(self, request_path):
        parts = request_path.strip("/").split("/", 1)
        root = parts[0]
        if root not in self.file_paths:
            raise self.server.error("Invalid root %s" % root)
        rel = parts[1] if len(parts) > 1 else ""
        return root, os.path.join(os.path.expanduser(self.file_paths[root]), rel)

    def _checked_path(self, request_path):
        root, full = self._convert_request_path(request_path)
        base = os.path.realpath(os.path.expanduser(self.file_paths[root]))
        full = os.path.realpath(full)
        if os.path.commonpath([base, full]) != base:
            raise self.server.error("Path outside of root", 403)
        return full

    async def _handle_file_delete(self, web_request):
        file_path = web_request.get_str("path")
        root, full_path = self._convert_request_path(file_path)
        # expect: path-traversal
        os.remove(full_path)
        return {"item": {"path": file_path, "root": root}}

    async def _handle_file_move(self, web_request):
        source = self._checked_path(web_request.get_str("source"))
        dest = self._checked_path(web_request.get_str("dest"))
        shutil.move(source, dest)
        return {"result": "ok"}
