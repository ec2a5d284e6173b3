from django.utils.http import url_has_allowed_host_and_scheme


def get_return_target(request, default="/events/"):
    target = request.GET.get("next") or request.POST.get("next")
    if not target:
        target = default
    return target


def get_checked_return_target(request, default="/events/"):
    target = get_return_target(request, default)
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


class ShiftFilter:
    ORDERINGS = {"start": "start_time", "end": "end_time", "name": "meeting_time"}

    def __init__(self, data):
        self.event_type = data.get("type", "")
        self.raw_order = data.get("order", "start")
        self.order = self.ORDERINGS.get(self.raw_order, "start_time")
