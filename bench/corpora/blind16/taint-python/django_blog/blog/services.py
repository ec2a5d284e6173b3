class QueryParams:
    def __init__(self, request):
        self.request = request

    def text(self, name, default=""):
        return self.request.GET.get(name, default)

    def page(self):
        try:
            return max(1, int(self.request.GET.get("page", "1")))
        except ValueError:
            return 1


ALLOWED_ORDER = {"newest": "created DESC", "oldest": "created ASC", "title": "title ASC"}


def order_clause(key):
    return ALLOWED_ORDER.get(key, "created DESC")
