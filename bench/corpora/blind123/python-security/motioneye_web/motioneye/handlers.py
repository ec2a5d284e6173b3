"""Tornado request handlers of the web UI."""
import json

from tornado.web import HTTPError, RequestHandler

from motioneye import config, mediafiles, remote, smbctl


class BaseHandler(RequestHandler):

    def get_all_arguments(self):
        keys = self.request.arguments.keys()
        arguments = {key: self.get_argument(key) for key in keys}
        data = self.get_json()
        if data and isinstance(data, dict):
            arguments.update(data)
        return arguments

    def get_json(self):
        if not hasattr(self, "_json"):
            self._json = None
            if self.request.headers.get("Content-Type", "").startswith("application/json"):
                self._json = json.loads(self.request.body)
        return self._json

    def finish_json(self, data):
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(data))


class ConfigHandler(BaseHandler):

    def post(self, camera_id, op):
        if op == "set":
            ui_config = self.get_all_arguments()
            config.set_camera(int(camera_id), ui_config)
            if ui_config.get("smb_shares"):
                smbctl.update_mounts()
            self.finish_json({"reload": True})
        elif op == "add":
            camera_config = config.add_camera(self.get_all_arguments())
            self.finish_json(remote.describe(camera_config))
        else:
            raise HTTPError(400, "unknown operation")


class MovieHandler(BaseHandler):

    def get(self, camera_id, op, filename=None):
        camera_config = config.get_camera(int(camera_id))
        if op == "download":
            self.set_header("Content-Type", "video/mpeg")
            self.finish(mediafiles.get_media_content(camera_config, filename))
        elif op == "preview":
            self.set_header("Content-Type", "image/jpeg")
            self.finish(mediafiles.make_movie_preview(camera_config, filename))
        elif op == "download_checked":
            self.finish(mediafiles.get_media_content_checked(camera_config, filename))
