import web

SUPPORTED_LANGUAGES = {"en", "es", "fr", "de", "hi", "pt", "uk", "zh"}


class ReadableUrlProcessor:
    """Runs before every page: keeps the asked language on web.ctx for later lookups."""

    def __call__(self, handler):
        i = web.input(lang=None, _method="GET")
        web.ctx.lang_raw = i.lang or web.cookies(HTTP_LANG="en").HTTP_LANG
        web.ctx.lang = web.ctx.lang_raw if web.ctx.lang_raw in SUPPORTED_LANGUAGES else "en"
        return handler()


def setup(app):
    app.add_processor(ReadableUrlProcessor())
