"""Episode subtitles API (flask-restx)."""
from flask_restx import Namespace, Resource, reqparse

from ..app import database
from ..subtitles import tools
from .utils import authenticate, postprocess

api_ns_episodes_subtitles = Namespace("Episodes Subtitles", description="Download, upload or delete an episode subtitles file")


@api_ns_episodes_subtitles.route("episodes/subtitles")
class EpisodesSubtitles(Resource):
    delete_request_parser = reqparse.RequestParser()
    delete_request_parser.add_argument("seriesid", type=int, required=True)
    delete_request_parser.add_argument("episodeid", type=int, required=True)
    delete_request_parser.add_argument("path", type=str, required=True, help="Path of the subtitles file")
    delete_request_parser.add_argument("strict", type=bool, default=False)

    @authenticate
    def delete(self):
        args = self.delete_request_parser.parse_args()
        row = database.execute("SELECT path FROM table_episodes WHERE sonarrEpisodeId = ?", (args.get("episodeid"),))
        media_path = row[0][0] if row else ""
        if args.get("strict"):
            tools.delete_subtitles_checked(media_path, args.get("path"))
        else:
            tools.delete_subtitles(media_path, args.get("path"))
        return "", 204

    patch_request_parser = reqparse.RequestParser()
    patch_request_parser.add_argument("action", type=str, required=True)
    patch_request_parser.add_argument("language", type=str, required=True)
    patch_request_parser.add_argument("path", type=str, required=True)
    patch_request_parser.add_argument("video", type=str, required=True)
    patch_request_parser.add_argument("max_offset", type=str, default="60")

    @authenticate
    def patch(self):
        args = self.patch_request_parser.parse_args()
        if args["action"] == "sync":
            tools.sync_subtitles(args["video"], args["path"], args["language"], args["max_offset"])
        else:
            tools.apply_mods(args["path"], [args["action"]])
        return "", 204


@api_ns_episodes_subtitles.route("episodes/history")
class EpisodesHistory(Resource):
    get_request_parser = reqparse.RequestParser()
    get_request_parser.add_argument("episodeid", type=int, required=False)
    get_request_parser.add_argument("sort", type=str, default="timestamp")

    @authenticate
    def get(self):
        args = self.get_request_parser.parse_args()
        sort = args.get("sort") or "timestamp"
        if args.get("episodeid") is not None:
            rows = database.execute("SELECT * FROM table_history WHERE sonarrEpisodeId = ? ORDER BY timestamp DESC", (args["episodeid"],))
        else:
            # expect: sql-injection
            rows = database.execute(f"SELECT * FROM table_history ORDER BY {sort} DESC LIMIT 100")
        return [postprocess(dict(zip(("id", "path"), r))) for r in rows]
