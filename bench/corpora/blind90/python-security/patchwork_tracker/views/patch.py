from django.shortcuts import get_object_or_404, render

from patchwork_tracker.filters import Order, SubmitterFilter
from patchwork_tracker.models import patch_ids_by_order, patch_ids_ordered


def patch_list(request, project_id):
    submitter = SubmitterFilter(project_id)
    submitter.parse(request.GET)
    order = Order(request.GET.get("order"))
    people = submitter.people() if request.GET.get("fuzzy") else submitter.people_bound()
    ids = patch_ids_by_order(project_id, order)
    return render(request, "patchwork/list.html", {"ids": ids, "people": list(people)})


def patch_list_legacy(request, project_id):
    raw_order = request.GET.get("order", "date")
    direction = "DESC" if request.GET.get("reverse") else "ASC"
    ids = patch_ids_ordered(project_id, raw_order + " " + direction)
    return render(request, "patchwork/list.html", {"ids": ids})
