# library: cherrypy
import html
import json

import cherrypy


class Greeter:
    @cherrypy.expose
    def index(self, name="guest"):
        # expect: xss
        return f"<html><body><h1>Hello {name}</h1></body></html>"

    @cherrypy.expose
    def safe(self, name="guest"):
        return f"<html><body><h1>Hello {html.escape(name)}</h1></body></html>"

    @cherrypy.expose
    def search(self, q=""):
        # expect: xss
        return "<p>No results for <b>" + q + "</b></p>"

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def api(self, q=""):
        return {"query": q, "results": []}

    @cherrypy.expose
    def plain(self, q=""):
        cherrypy.response.headers["Content-Type"] = "text/plain; charset=utf-8"
        return "You searched for: " + q

    @cherrypy.expose
    def count(self, n="0"):
        return "<p>%d items</p>" % int(n)


if __name__ == "__main__":
    cherrypy.config.update({"server.socket_host": "127.0.0.1"})
    cherrypy.quickstart(Greeter())
