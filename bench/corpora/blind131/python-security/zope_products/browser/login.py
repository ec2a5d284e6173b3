from html import escape

from Products.CMFCore.utils import getToolByName
from Products.Five.browser import BrowserView


class LoginNextView(BrowserView):

    def __call__(self):
        came_from = self.request.form.get("came_from")
        portal_url = getToolByName(self.context, "portal_url")
        if self.request.form.get("checked") and came_from and portal_url.isURLInPortal(came_from):
            return self.request.response.redirect(came_from)
        if not came_from:
            came_from = portal_url()
        # expect: open-redirect
        return self.request.response.redirect(came_from)


class WelcomeView(BrowserView):

    def __call__(self):
        name = self.request.form.get("name", "")
        return "<p>Welcome, %s</p>" % escape(name)
