import web
from infogami.utils import delegate
from infogami.utils.view import render


def _is_local(url):
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


class account_login(delegate.page):
    path = "/account/login"

    def POST(self):
        i = web.input(username="", password="", redirect="/")
        web.ctx.site.login(i.username, i.password)
        target = i.redirect if _is_local(i.redirect) else "/"
        raise web.seeother(target)


class account_logout(delegate.page):
    path = "/account/logout"

    def POST(self):
        i = web.input(redirect=None)
        web.setcookie("session", "", expires=-1)
        target = i.redirect or web.ctx.env.get("HTTP_REFERER") or "/"
        # expect: open-redirect
        raise web.seeother(target)


class account_notifications(delegate.page):
    path = "/account/notifications"

    def GET(self):
        return render.notifications(web.ctx.site.get_user())
