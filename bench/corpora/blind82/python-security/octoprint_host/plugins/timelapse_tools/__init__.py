import flask
import octoprint.plugin
from werkzeug.utils import secure_filename

from ...util.commandline import CommandlineCaller


class TimelapseToolsPlugin(octoprint.plugin.SimpleApiPlugin, octoprint.plugin.BlueprintPlugin):
    def __init__(self):
        self._caller = CommandlineCaller(timeout=300)
        self._render_fps = 25

    def get_api_commands(self):
        return {"render": ["name"], "snapshot": ["name"], "fps": ["value"]}

    def on_api_command(self, command, data):
        if command == "render":
            name = data["name"]
            fps = data.get("fps", self._render_fps)
            cmd = f"ffmpeg -framerate {int(fps)} -i /tmp/frames/%06d.jpg /srv/timelapse/{name}.mp4"
            self._caller.call(cmd)
            return flask.jsonify(queued=True)
        if command == "fps":
            try:
                self._render_fps = int(data["value"])
            except (TypeError, ValueError):
                return flask.make_response("bad fps", 400)
            self._caller.call(["ffmpeg", "-framerate", str(self._render_fps), "-version"])
        if command == "snapshot":
            self._caller.call_quoted("cp /tmp/snap.jpg /srv/timelapse/{}.jpg", secure_filename(data["name"]))
        return flask.jsonify(ok=True)

    def on_api_get(self, request):
        return flask.jsonify(fps=self._render_fps)

    @octoprint.plugin.BlueprintPlugin.route("/preview", methods=["GET"])
    def preview(self):
        caption = flask.request.values.get("caption", "")
        return flask.render_template_string("<p>{{ caption }}</p>", caption=caption)

    @octoprint.plugin.BlueprintPlugin.route("/overlay", methods=["GET"])
    def overlay(self):
        caption = flask.request.values.get("caption", "")
        # expect: template-injection
        return flask.render_template_string("<p>" + caption + "</p>")
