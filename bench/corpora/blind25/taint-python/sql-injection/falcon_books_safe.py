"""Book search resource (Falcon 3), parameterised repository call."""
import falcon

from .helpers.repository import BookFilter, BookRepository


class BookSearchResource:
    def __init__(self, repo: BookRepository):
        self.repo = repo

    def on_get(self, req: falcon.Request, resp: falcon.Response):
        f = BookFilter(author=req.get_param("author", default=""), genre=req.get_param("genre") or "")
        resp.media = {"books": self.repo.search(f)}


app = falcon.App()
app.add_route("/books", BookSearchResource(BookRepository()))
