"""Web plugin: titles, doctypes and sizes of URLs given in commands."""
import re
from urllib.parse import urlparse

from supybot import callbacks
from supybot.commands import wrap
from supybot.utils import web


class Web(callbacks.PluginRegexp):
    threaded = True

    def _checkURLWhitelist(self, url):
        whitelist = self.registryValue("urlWhitelist")
        if not whitelist:
            return True
        host = urlparse(url).hostname or ""
        return any(host == w or host.endswith("." + w) for w in whitelist)

    def _getTitle(self, irc, url):
        target, text = web.getUrlTargetAndContent(url, size=self.registryValue("fetch.maximum"))
        match = re.search(rb"<title>(.*?)</title>", text, re.I | re.S)
        return match.group(1).decode("utf8", "replace").strip() if match else None

    def title(self, irc, msg, args, optlist, url):
        """[--no-filter] <url>"""
        if not self._checkURLWhitelist(url):
            irc.error("This url is not on the whitelist.")
            return
        irc.reply(self._getTitle(irc, url) or "No title found.")
    title = wrap(title, [getopts({"no-filter": ""}), "httpUrl"])

    def doctype(self, irc, msg, args, url):
        """<url>"""
        target, text = web.getUrlTargetAndContent(url, size=2048)
        match = re.search(rb"<!DOCTYPE[^>]*>", text, re.I)
        irc.reply(match.group(0).decode() if match else "No doctype.")
    doctype = wrap(doctype, ["httpUrl"])

    def ddg(self, irc, msg, args, text):
        """<text>"""
        irc.reply(web.getFixedUrl("?format=json&q=" + text.replace(" ", "+"))[:400].decode("utf8", "replace"))
    ddg = wrap(ddg, ["text"])


def getopts(spec):
    return ("getopts", spec)


Class = Web
