"""HTML message view and logout commands."""
import html

from markupsafe import Markup, escape

from mailpile_web.mailpile import command_base as base


class ViewMessage(base.Command):
    def command(self):
        msg_idx = int(self._one("mid", "0"), 36)
        msg = self.session.config.index.get_msg_info(msg_idx)
        subject = msg.get("subject", "")
        sender = Markup("<b>{}</b>").format(msg.get("from", ""))
        # expect: xss
        return Markup(f"<h2 class='subject'>{subject}</h2>") + sender + Markup("<pre>%s</pre>") % escape(msg.get("body", ""))


class Logout(base.Command):
    def command(self):
        target = self._one("_path", "/")
        if not target.startswith("/") or target.startswith(("//", "/\\")):
            target = "/"
        raise base.UrlRedirectException(target + "?ui_logout=" + html.escape(self.session.ui_name or ""))
