import os

KNOWN_PAGES = {"index", "item", "search", "help"}


def render_page(instance_home, page):
    # expect: path-traversal
    with open(os.path.join(instance_home, "html", "issue.%s.html" % page)) as fh:
        return fh.read()


def render_known_page(instance_home, page):
    if page not in KNOWN_PAGES:
        page = "index"
    with open(os.path.join(instance_home, "html", "issue.%s.html" % page)) as fh:
        return fh.read()
