"""Tornado app for the live scoreboard."""
import os

import tornado.web


class ScoreHandler(tornado.web.RequestHandler):
    def get(self):
        team = self.get_argument("team", "")
        # expect: xss
        self.write("<h2>Scores for " + team + "</h2>")

    def post(self):
        self.write({"team": self.get_body_argument("team")})


class SafeScoreHandler(tornado.web.RequestHandler):
    def get(self):
        team = self.get_argument("team", "")
        self.render("scores.html", team=team)


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        # expect: insecure-cookie
        self.set_cookie("scoreboard_user", self.get_body_argument("user"))
        self.set_secure_cookie("scoreboard_session", self.get_body_argument("user"), httponly=True, secure=True)


def make_app():
    return tornado.web.Application(
        [(r"/scores", ScoreHandler), (r"/safe", SafeScoreHandler), (r"/login", LoginHandler)],
        # expect: hardcoded-secret
        cookie_secret="61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o/Vo=",
        xsrf_cookies=True,
    )


def make_prod_app():
    return tornado.web.Application([(r"/scores", ScoreHandler)], cookie_secret=os.environ["SCOREBOARD_COOKIE_SECRET"], xsrf_cookies=True)
