"""Store an imported project dump."""
from django.db import transaction
from django.utils.text import slugify

from tracker.userstories.models import UserStory


class ImportedProject:
    def __init__(self, id, slug):
        self.id = id
        self.slug = slug


@transaction.atomic
def store_project_from_dict(data, owner):
    name = str(data.get("name", "imported"))[:100]
    project_id = abs(hash((name, owner.pk))) % 10**9
    for ref, story in enumerate(data.get("user_stories", []), start=1):
        UserStory.objects.create(project_id=project_id, ref=ref, subject=str(story.get("subject", ""))[:500])
    return ImportedProject(project_id, slugify(name))
