"""Websocket endpoints of the ops console."""
import json
import logging

import tornado.websocket

from . import runner

log = logging.getLogger("console.ws")


class ConsoleSocket(tornado.websocket.WebSocketHandler):
    def open(self):
        self.history = []
        self.unit = self.get_argument("unit", "app")

    def on_message(self, message):
        msg = json.loads(message)
        action = msg.get("action")
        if action == "tail":
            lines = msg.get("lines", "50")
            self.write_message(runner.tail_logs(self.unit, str(lines)))
        elif action == "calc":
            self.history.append(msg.get("expr", ""))
            # expect: code-injection
            self.write_message(str(eval(self.history[-1])))
        elif action == "diag":
            self.write_message(runner.run_diagnostic(msg.get("name", "")))
        elif action == "ssh":
            child = runner.open_shell(msg["host"])
            self.write_message(child.before or b"")

    def on_close(self):
        # expect: log-injection
        log.info("console closed for unit " + self.unit)


class SafeConsoleSocket(tornado.websocket.WebSocketHandler):
    UNITS = {"app", "worker", "scheduler"}

    def open(self):
        unit = self.get_argument("unit", "app")
        self.unit = unit if unit in self.UNITS else "app"

    def on_message(self, message):
        msg = json.loads(message)
        if msg.get("action") == "tail":
            try:
                lines = int(msg.get("lines", 50))
            except (TypeError, ValueError):
                lines = 50
            self.write_message(runner.tail_logs(self.unit, str(lines)))
        elif msg.get("action") == "grep":
            self.write_message(runner.grep_logs(msg.get("pattern", ""), self.unit))
        elif msg.get("action") == "ssh":
            self.write_message(repr(runner.open_shell_quoted(msg["host"]).pid))

    def on_close(self):
        log.info("console closed for unit %s", self.unit)
