"""Sessions: a random id in a cookie maps to a username in MongoDB."""
import base64
import os
import pickle
import secrets

import bottle

REMEMBER_SECRET = os.environ.get("BLOG_COOKIE_SECRET", "")


class SessionDAO:
    def __init__(self, db):
        self.db = db
        self.sessions = db.sessions

    def start_session(self, username):
        session = {"username": username, "_id": secrets.token_urlsafe(32)}
        self.sessions.insert_one(session)
        return session["_id"]

    def end_session(self, session_id):
        if session_id is not None:
            self.sessions.delete_one({"_id": session_id})

    def get_session(self, session_id):
        if session_id is None:
            return None
        return self.sessions.find_one({"_id": str(session_id)})

    def get_username(self, session_id):
        session = self.get_session(session_id)
        if session is not None:
            return session["username"]
        return self.username_from_remember_cookie()

    def username_from_remember_cookie(self):
        """Older 'remember me' cookies carried a pickled preferences dict."""
        raw = bottle.request.get_cookie("remember")
        if not raw:
            return None
        # expect: deserialization
        prefs = pickle.loads(base64.b64decode(raw))
        return prefs.get("username")

    def username_from_signed_cookie(self):
        if not REMEMBER_SECRET:
            return None
        return bottle.request.get_cookie("remember_v2", secret=REMEMBER_SECRET)
