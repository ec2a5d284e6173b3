from Products.CMFCore.utils import getToolByName
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

from zope_products.lib import reports

SORT_INDEXES = ("sortable_title", "created", "modified")


class SearchView(BrowserView):
    template = ViewPageTemplateFile("templates/search.pt")

    def __call__(self):
        form = self.request.form
        catalog = getToolByName(self.context, "portal_catalog")
        sort_on = form.get("sort_on", "created")
        if sort_on not in SORT_INDEXES:
            sort_on = "created"
        self.results = catalog(SearchableText=form.get("SearchableText", ""), sort_on=sort_on)
        return self.template()


class ReportView(BrowserView):

    def __call__(self):
        form = self.request.form
        order = form.get("order") or "title"
        department = form.get("department", "")
        self.rows = reports.ReportQuery(self.context).rows(department, order)
        return self.rows
