import os

import web

I18N_ROOT = "/openlibrary/openlibrary/i18n"


def load_messages():
    lang = web.ctx.lang
    with open(os.path.join(I18N_ROOT, lang, "messages.po"), encoding="utf-8") as handle:
        return handle.read()


def load_help_page():
    lang = web.ctx.lang_raw
    # expect: path-traversal
    with open(os.path.join(I18N_ROOT, lang, "help.html"), encoding="utf-8") as handle:
        return handle.read()
