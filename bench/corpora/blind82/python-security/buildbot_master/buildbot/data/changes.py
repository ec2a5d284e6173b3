class ResultSpec:
    def __init__(self, filters=None, order=None, limit=None):
        self.filters = filters or {}
        self.order = order or ("-changeid",)
        self.limit = limit

    def popStringFilter(self, field):
        return self.filters.pop(field, None)


class ChangesEndpoint:
    pathPatterns = "/changes"

    def __init__(self, master):
        self.master = master

    def get(self, resultSpec, kwargs):
        branch = resultSpec.popStringFilter("branch")
        repository = resultSpec.popStringFilter("repository")
        limit = resultSpec.limit if isinstance(resultSpec.limit, int) else 50
        return self.master.db.changes.getChanges(branch=branch, repository=repository, limit=limit)
