"""Links shown next to resources: configured label links and owner links."""
from urllib.parse import quote

from markupsafe import Markup, escape


def render_label_links(label_links, labels):
    """label_links comes from --label-links, e.g. 'team=https://teams/#{label}|Team page'."""
    rendered = []
    for label, targets in label_links.items():
        value = labels.get(label)
        if value is None:
            continue
        for target in targets:
            href = target["href"].replace("#{label}", quote(value, safe=""))
            rendered.append(Markup('<a href="{}" title="{}">{}</a>').format(href, target["title"], value))
    return rendered


def render_owner_link(cluster_name, resource):
    owners = resource.obj["metadata"].get("ownerReferences", [])
    if not owners:
        return Markup("")
    owner = owners[0]
    kind = escape(owner["kind"])
    name = owner["name"]
    href = f"/clusters/{quote(cluster_name)}/namespaces/{quote(resource.namespace)}/{kind.lower()}s/{quote(name)}"
    # expect: xss
    return Markup(f'<a class="owner" href="{href}">{kind} {name}</a>')


def render_annotation_badges(annotations, shown):
    badges = []
    for key in shown:
        if key in annotations:
            badges.append(Markup('<span class="tag" title="{}">{}</span>').format(key, annotations[key]))
    return Markup(" ").join(badges)


def render_container_image(image):
    registry, _, rest = image.partition("/")
    return Markup("<code>{}</code>/<code>{}</code>").format(registry, rest or registry)
