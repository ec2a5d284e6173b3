import json
from urllib.request import urlopen

import cherrypy

import htpc
from htpc.auth2 import require
from htpc.proxy import get_image


class Sickbeard:
    def __init__(self):
        htpc.MODULES.append({"name": "Sickbeard", "id": "sickbeard",
                             "fields": [{"type": "text", "label": "IP / Host", "name": "sickbeard_host"}]})

    def base(self):
        s = htpc.SETTINGS
        return "http://%s:%s/api/%s/" % (s.get("sickbeard_host"), s.get("sickbeard_port"), s.get("sickbeard_apikey"))

    @cherrypy.expose()
    @require()
    @cherrypy.tools.json_out()
    def GetShow(self, tvdbid):
        return json.loads(urlopen(self.base() + "?cmd=show&tvdbid=" + str(int(tvdbid)), timeout=15).read())

    @cherrypy.expose()
    @require()
    def GetBanner(self, tvdbid):
        return get_image(self.base() + "?cmd=show.getbanner&tvdbid=" + str(int(tvdbid)))

    @cherrypy.expose()
    @require()
    def GetPoster(self, url, h=None, w=None):
        return get_image(url, h, w)

    @cherrypy.expose()
    @require()
    def GetFanart(self, url):
        return get_image(url, allowed_hosts={htpc.SETTINGS.get("sickbeard_host")})
