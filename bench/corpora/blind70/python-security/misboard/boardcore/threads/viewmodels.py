"""View models: objects that load what a thread list needs."""
from boardcore.core.shortcuts import paginate
from boardcore.threads.models import Thread


class ThreadsList:
    def __init__(self, request, category_id, list_type, page):
        self.request = request
        self.category_id = category_id
        self.list_type = list_type
        self.page = page

    def get_queryset(self):
        queryset = Thread.objects.filter(category_id=self.category_id, is_hidden=False)
        match self.list_type:
            case "new":
                return queryset.order_by("-started_on")
            case "unanswered":
                return queryset.filter(replies=0).order_by("-last_post_on")
            case "my":
                return queryset.filter(starter=self.request.user).order_by("-last_post_on")
            case _:
                return queryset.order_by("-weight", "-last_post_on")

    def remember(self):
        match self.list_type:
            case "new" | "unanswered" | "my":
                self.request.session["thread_list"] = self.list_type
            case _:
                self.request.session["thread_list"] = "all"

    def get_frontend_context(self):
        threads = paginate(self.get_queryset(), self.page)
        return {"results": [{"id": t.pk, "title": t.title} for t in threads], "page": self.page}
