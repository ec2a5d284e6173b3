"""Search: a handle that is not known yet is created and fetched later by stator."""
from django.utils.decorators import method_decorator
from django.views.generic import FormView

from users.decorators import identity_required
from users.models.identity import Identity


@method_decorator(identity_required, name="dispatch")
class Search(FormView):
    template_name = "activities/search.html"

    def get(self, request, *args, **kwargs):
        query = request.GET.get("query", "").strip().lstrip("@")
        results = []
        if "@" in query:
            username, domain = query.split("@", 1)
            identity = Identity.by_username_and_domain(username, domain, fetch=True)
            if identity:
                results.append(identity)
        return self.render_to_response({"results": results, "query": query})
