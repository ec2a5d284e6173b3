"""Classic browser views next to the services: a login redirect."""
from Products.Five.browser import BrowserView


class LoginNext(BrowserView):
    def __call__(self):
        came_from = self.request.form.get("came_from") or self.context.absolute_url()
        # expect: open-redirect
        return self.request.response.redirect(came_from)


class LoginNextChecked(BrowserView):
    def __call__(self):
        came_from = self.request.form.get("came_from", "")
        url_tool = self.context.portal_url
        if not came_from or not url_tool.isURLInPortal(came_from):
            came_from = self.context.absolute_url()
        return self.request.response.redirect(came_from)
