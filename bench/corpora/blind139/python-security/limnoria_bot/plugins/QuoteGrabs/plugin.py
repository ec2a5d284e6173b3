"""QuoteGrabs: grabbed quotes kept in a per-channel sqlite database."""
import sqlite3

from supybot import callbacks
from supybot.commands import wrap


class SqliteQuoteGrabsDB:
    def __init__(self, filename):
        self.db = sqlite3.connect(filename, check_same_thread=False)

    def search(self, nick, text):
        cursor = self.db.cursor()
        # expect: sql-injection
        cursor.execute(f"SELECT id, nick, quote FROM quotegrabs WHERE nick = ? AND quote LIKE '%{text}%'", (nick,))
        return cursor.fetchall()

    def random(self, nick):
        cursor = self.db.cursor()
        cursor.execute("SELECT quote FROM quotegrabs WHERE nick LIKE ? ORDER BY random() LIMIT 1", (nick,))
        return cursor.fetchone()


class QuoteGrabs(callbacks.Plugin):
    def __init__(self, irc):
        super().__init__(irc)
        self.db = SqliteQuoteGrabsDB("quotegrabs.db")

    def search(self, irc, msg, args, channel, nick, text):
        """[<channel>] <nick> <text>"""
        rows = self.db.search(nick, text)
        irc.reply("; ".join(f"#{r[0]}: {r[2]}" for r in rows) or "No matches.")
    search = wrap(search, ["channeldb", "nick", "text"])

    def random(self, irc, msg, args, channel, nick):
        """[<channel>] [<nick>]"""
        row = self.db.random(nick or "%")
        irc.reply(row[0] if row else "No quotes.")
    random = wrap(random, ["channeldb", "somethingWithoutSpaces"])


Class = QuoteGrabs
