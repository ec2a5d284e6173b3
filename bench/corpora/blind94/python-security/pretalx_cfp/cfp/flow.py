class FormFlowStep:
    identifier = None

    def __init__(self, event):
        self.event = event

    def cfp_session(self, request):
        data = request.session.setdefault("cfp", {})
        return data.setdefault(self.event.slug, {"data": {}, "files": {}})

    def set_data(self, request, cleaned_data):
        self.cfp_session(request)["data"][self.identifier] = dict(cleaned_data)
        request.session.modified = True

    def get_data(self, request):
        return self.cfp_session(request)["data"].get(self.identifier, {})


class InfoStep(FormFlowStep):
    identifier = "info"


class ProfileStep(FormFlowStep):
    identifier = "profile"


class CfPFlow:
    def __init__(self, event):
        self.steps = [InfoStep(event), ProfileStep(event)]

    def collect(self, request):
        merged = {}
        for step in self.steps:
            merged.update(step.get_data(request))
        return merged
