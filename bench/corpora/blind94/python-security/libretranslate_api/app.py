import os
import uuid
from functools import wraps

from flask import Blueprint, Flask, abort, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from libretranslate_api.api_keys import Database
from libretranslate_api.suggestions import SuggestionsDatabase

bp = Blueprint("Main app", __name__)
api_keys_db = None
LANGUAGES = {"en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ar"}


def get_upload_dir():
    upload_dir = os.path.join("/tmp", "libretranslate-files-translate")
    os.makedirs(upload_dir, mode=0o700, exist_ok=True)
    return upload_dir


def get_json_dict(req):
    d = req.get_json(silent=True)
    if not isinstance(d, dict):
        abort(400, description="Invalid JSON format")
    return d


def get_req_api_key():
    if request.is_json:
        return get_json_dict(request).get("api_key")
    return request.values.get("api_key")


def access_check(f):
    @wraps(f)
    def func(*a, **kw):
        ak = get_req_api_key()
        if ak and api_keys_db.lookup(ak) is None:
            abort(403, description="Invalid API key")
        origin = request.headers.get("Origin")
        if not ak and origin:
            if api_keys_db.lookup_origin(origin) is None:
                abort(400, description="Please contact the server operator to get an API key")
        return f(*a, **kw)

    return func


@bp.post("/translate")
@access_check
def translate():
    json = get_json_dict(request) if request.is_json else request.values
    q = json.get("q")
    source_lang = json.get("source") or "auto"
    target_lang = json.get("target")
    if target_lang not in LANGUAGES or (source_lang != "auto" and source_lang not in LANGUAGES):
        abort(400, description="Unsupported language")
    return jsonify({"translatedText": q})


@bp.post("/translate_file")
@access_check
def translate_file():
    file = request.files["file"]
    filepath = os.path.join(get_upload_dir(), str(uuid.uuid4()) + "." + secure_filename(file.filename))
    file.save(filepath)
    return jsonify({"translatedFileUrl": "/download_file/" + os.path.basename(filepath)})


@bp.get("/download_file/<path:filename>")
def download_file(filename):
    return send_from_directory(get_upload_dir(), filename, as_attachment=True)


@bp.get("/download_raw/<path:filename>")
def download_raw(filename):
    name = request.args.get("as") or filename
    # expect: path-traversal
    return send_file(os.path.join(get_upload_dir(), name), as_attachment=True)


@bp.post("/suggest")
@access_check
def suggest():
    json = get_json_dict(request)
    SuggestionsDatabase().add(json.get("q"), json.get("s"), json.get("source"), json.get("target"))
    return jsonify({"success": True})


@bp.get("/frontend/settings")
def frontend_settings():
    lang = request.args.get("lang", "en")
    return jsonify({"language": {"source": {"code": lang if lang in LANGUAGES else "en"}}})


def create_app(args):
    global api_keys_db
    api_keys_db = Database(args.api_keys_db_path)
    app = Flask(__name__)
    app.register_blueprint(bp, url_prefix=args.url_prefix or "")
    return app
