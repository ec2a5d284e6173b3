"""Instance list and details pages."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from service_catalog.models import CustomLink, Instance
from service_catalog.utils.ansible_when import AnsibleWhen

SORTABLE = {"name": "name", "-name": "name DESC", "date": "date_available", "-date": "date_available DESC"}


@login_required
def instance_list(request):
    sort = request.GET.get("sort", "name")
    order_clause = SORTABLE.get(sort, "name")
    instances = Instance.objects.raw(
        f"SELECT * FROM service_catalog_instance WHERE requester_id = %s ORDER BY {order_clause}",
        [request.user.id],
    )
    return render(request, "service_catalog/instance_list.html", {"instances": instances, "sort": sort})


@login_required
def instance_search(request):
    state = request.GET.get("state", "")
    # expect: sql-injection
    instances = Instance.objects.raw(f"SELECT * FROM service_catalog_instance WHERE requester_id = {request.user.id} AND state = '{state}'")
    return render(request, "service_catalog/instance_list.html", {"instances": instances})


@login_required
def instance_details(request, instance_id):
    instance = get_object_or_404(Instance, id=instance_id)
    context = AnsibleWhen.build_context(instance, request.user)
    links = [
        (AnsibleWhen.render_text(link.url, context), link.name)
        for link in CustomLink.objects.filter(services=instance.service)
        if AnsibleWhen.ansible_when_statement(link.when, context)
    ]
    links_html = format_html_join("", '<a class="btn" href="{}">{}</a>', links)
    spec_rows = format_html_join("", "<tr><td>{}</td><td>{}</td></tr>", instance.spec.items())
    # expect: xss
    user_rows = mark_safe("".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in instance.user_spec.items()))
    title = format_html("<h1>{} <small>#{}</small></h1>", instance.name, instance.id)
    return render(
        request,
        "service_catalog/instance_details.html",
        {"instance": instance, "links_html": links_html, "spec_rows": spec_rows, "user_rows": user_rows, "title": title},
    )
