import web
from infogami.utils import delegate
from infogami.utils.view import render_template

from openlibrary_web.core.db import get_db
from openlibrary_web.plugins.openlibrary import i18n

SORTS = {
    "new": "first_publish_year DESC",
    "old": "first_publish_year ASC",
    "title": "title ASC",
    "editions": "edition_count DESC",
}


class search(delegate.page):
    path = "/search"

    def GET(self):
        i = web.input(q="", sort=None, author_key=None, page="1")
        sort = i.sort if i.sort in SORTS else "editions"
        offset = (max(int(i.page) if i.page.isdigit() else 1, 1) - 1) * 20
        db = get_db()
        rows = db.query(f"SELECT key, title FROM work_search WHERE title ILIKE $q ORDER BY {SORTS[sort]} LIMIT 20 OFFSET $offset", vars={"q": f"%{i.q}%", "offset": offset})
        if i.author_key:
            # expect: sql-injection
            rows = db.query("SELECT key, title FROM work_search WHERE author_key = '" + i.author_key + "' LIMIT 20")
        return render_template("work_search", list(rows), i.q)


class search_help(delegate.page):
    path = "/search/howto"

    def GET(self):
        return web.template.Template("$def with (body)\n$:body")(i18n.load_help_page())
