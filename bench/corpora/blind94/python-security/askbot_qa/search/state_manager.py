import re

SORT_METHODS = ("age-desc", "age-asc", "activity-desc", "votes-desc", "answers-desc")
TAG_RE = re.compile(r"^[\w+.#-]{1,64}$")


class SearchState:
    """Holds what the questions page was asked for, parsed from the url pieces."""

    def __init__(self, scope=None, sort=None, query=None, tags=None, author=None, page=None, user_logged_in=False):
        self.scope = scope or "all"
        self.sort = sort if sort in SORT_METHODS else "activity-desc"
        self.raw_sort = sort
        self.query = query.strip() if query else ""
        self.tags = [t for t in (tags or "").split("+") if TAG_RE.match(t)]
        self.raw_tags = tags or ""
        self.author = author
        self.page = int(page) if page and page.isdigit() else 1
        self.user_logged_in = user_logged_in

    def query_string(self):
        return f"scope:{self.scope}/sort:{self.sort}/page:{self.page}/"
