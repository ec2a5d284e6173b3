from rest_framework import serializers

from .models import Bookmark
from .tasks import create_web_archive_snapshot, load_favicon


class BookmarkSerializer(serializers.ModelSerializer):
    tag_names = serializers.ListField(child=serializers.CharField(), required=False)

    class Meta:
        model = Bookmark
        fields = ["id", "url", "title", "description", "notes", "tag_names"]

    def create(self, validated_data):
        tag_names = validated_data.pop("tag_names", [])
        bookmark = Bookmark.objects.create(owner=self.context["request"].user, **validated_data)
        bookmark.tag_string = " ".join(tag_names)
        bookmark.save()
        load_favicon.delay(bookmark.id)
        create_web_archive_snapshot.delay(bookmark.id)
        return bookmark
