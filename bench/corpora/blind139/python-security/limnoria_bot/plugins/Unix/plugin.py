"""Unix plugin: a few commands that run programs on the bot's host."""
import shlex
import subprocess

from supybot import callbacks
from supybot.commands import wrap


class Unix(callbacks.Plugin):
    threaded = True

    def call(self, irc, msg, args, text):
        """<command to call with any arguments> (owner only)"""
        # expect: command-injection
        proc = subprocess.Popen(text, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out, _ = proc.communicate(timeout=30)
        irc.replies(out.decode("utf8", "replace").splitlines())
    call = wrap(call, ["owner", "text"])

    def wtf(self, irc, msg, args, _, something):
        """[is] <something>"""
        out = subprocess.run([self.registryValue("wtf.command"), "is", something], capture_output=True, text=True, timeout=10)
        irc.reply(out.stdout.strip() or out.stderr.strip())
    wtf = wrap(wtf, [("literal", ["is"]), "something"])

    def fortune(self, irc, msg, args):
        """takes no arguments"""
        cmd = self.registryValue("fortune.command")
        out = subprocess.run(shlex.split(cmd) + ["-s"], capture_output=True, text=True, timeout=10)
        irc.replies(out.stdout.splitlines())
    fortune = wrap(fortune)


Class = Unix
