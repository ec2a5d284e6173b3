from urllib.request import urlopen

from Products.Five.browser import BrowserView

PLONE_NEWS = "https://plone.org/news/RSS"


class FeedSettingsView(BrowserView):

    def __call__(self):
        url = self.request.form.get("feed_url")
        if url:
            self.context.manage_changeProperties(feed_url=url)
        return "saved"


class FeedPortletView(BrowserView):

    def items(self):
        url = self.context.getProperty("feed_url", "")
        if not url:
            return urlopen(PLONE_NEWS, timeout=10).read()
        # expect: ssrf
        return urlopen(url, timeout=10).read()
