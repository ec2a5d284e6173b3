"""ChannelStatus: a page on the bot's HTTP server showing channel topics."""
import html

from supybot import callbacks, httpserver


class ChannelStatusCallback(httpserver.SupyHTTPServerCallback):
    name = "Channel status"
    defaultResponse = "Unknown channel."

    def __init__(self, plugin):
        self._plugin = plugin

    def doGet(self, handler, path):
        channel = "#" + path.strip("/")
        topic = self._plugin.topics.get(channel)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.end_headers()
        if topic is None:
            handler.wfile.write(f"<p>{html.escape(channel)} is not joined.</p>".encode())
            return
        # expect: xss
        handler.wfile.write(f"<h1>{html.escape(channel)}</h1><p class=\"topic\">{topic}</p>".encode())


class ChannelStatus(callbacks.Plugin):
    def __init__(self, irc):
        super().__init__(irc)
        self.topics = {}
        self._callback = ChannelStatusCallback(self)
        httpserver.hook("status", self._callback)

    def doTopic(self, irc, msg):
        channel, topic = msg.args[0], msg.args[1]
        self.topics[channel] = topic


Class = ChannelStatus
