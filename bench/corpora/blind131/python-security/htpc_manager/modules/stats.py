import subprocess

import cherrypy
import psutil

import htpc
from htpc.auth2 import member_of, require


class Stats:
    @cherrypy.expose()
    @require()
    @cherrypy.tools.json_out()
    def disk_usage(self):
        return [psutil.disk_usage(p.mountpoint)._asdict() for p in psutil.disk_partitions()]

    @cherrypy.expose()
    @require(member_of("admin"))
    @cherrypy.tools.json_out()
    def command(self, cmd=None, pw=None):
        if not cmd:
            cmd = htpc.SETTINGS.get("stats_default_cmd", "uptime")
        # expect: command-injection
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return {"out": proc.communicate()[0].decode()}

    @cherrypy.expose()
    @require()
    @cherrypy.tools.json_out()
    def smart(self, disk="sda"):
        if disk not in [p.device.rsplit("/", 1)[-1] for p in psutil.disk_partitions()]:
            raise cherrypy.HTTPError(400)
        return {"out": subprocess.run(["smartctl", "-a", "/dev/" + disk], capture_output=True, text=True).stdout}
