"""Every wiki request belongs to a space; the tween puts it into the WSGI environ."""


def space_tween_factory(handler, registry):
    default_space = registry.settings.get("wiki.default_space", "main")

    def space_tween(request):
        space = request.params.get("space") or request.headers.get("X-Wiki-Space") or default_space
        request.environ["wiki.space"] = space
        request.environ["wiki.editor"] = request.cookies.get("editor", "")
        return handler(request)

    return space_tween
