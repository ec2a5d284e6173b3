from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe

from djangocms_site.models import Article, LatestArticlesPluginModel, SearchResultsPluginModel
from djangocms_site.utils.i18n import load_toolbar_strings, load_toolbar_strings_checked

ARTICLE_ORDER = {"newest": "-date", "oldest": "date", "title": "title"}
PREVIEW_TEMPLATES = {"card": "plugins/card.html", "list": "plugins/list.html"}


@plugin_pool.register_plugin
class SearchResultsPlugin(CMSPluginBase):
    model = SearchResultsPluginModel
    render_template = "plugins/search_results.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        request = context["request"]
        query = request.GET.get("q", "")
        if instance.heading.startswith("!"):
            context["summary"] = mark_safe("<p>You searched for <b>%s</b></p>" % escape(query))
        else:
            # expect: xss
            context["summary"] = mark_safe("<p>You searched for <b>%s</b></p>" % query)
        strings = load_toolbar_strings(request.toolbar.toolbar_language) if request.toolbar.edit_mode_active else load_toolbar_strings_checked(request.toolbar.toolbar_language)
        context["strings"] = strings
        return context


@plugin_pool.register_plugin
class LatestArticlesPlugin(CMSPluginBase):
    model = LatestArticlesPluginModel
    render_template = "plugins/latest.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        order = context["request"].GET.get("order", "newest")
        context["articles"] = Article.objects.order_by(ARTICLE_ORDER.get(order, "-date"))[: instance.count]
        return context


@plugin_pool.register_plugin
class LegacyArticlesPlugin(CMSPluginBase):
    model = LatestArticlesPluginModel
    render_template = "plugins/latest.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        order = context["request"].GET.get("order") or "date DESC"
        # expect: sql-injection
        context["articles"] = list(Article.objects.raw("SELECT * FROM djangocms_site_article ORDER BY %s LIMIT %d" % (order, instance.count)))
        return context


def preview_plugin_markup(request):
    source = request.POST.get("template_source", "")
    choice = request.POST.get("template_choice")
    if choice:
        return render_to_string(PREVIEW_TEMPLATES.get(choice, "plugins/card.html"), {"request": request})
    # expect: template-injection
    return Template(source).render(Context({"request": request}))
