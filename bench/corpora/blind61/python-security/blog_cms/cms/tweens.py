"""Preview mode: editors pass ?theme=...&preview=1 and every view renders with that theme."""
import logging

log = logging.getLogger("cms.preview")


def preview_tween_factory(handler, registry):
    default_theme = registry.settings.get("cms.default_theme", "classic")

    def preview_tween(request):
        theme = request.GET.get("theme") or default_theme
        request.environ["cms.theme"] = theme
        request.environ["cms.preview"] = request.GET.get("preview") == "1"
        request.environ["cms.default_theme"] = default_theme
        return handler(request)

    return preview_tween
