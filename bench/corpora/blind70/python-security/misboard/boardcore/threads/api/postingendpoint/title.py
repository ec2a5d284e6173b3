"""Posting middlewares for thread titles."""
from django.db import connection
from django.utils.text import slugify

from boardcore.threads.api.postingendpoint import PostingEndpoint, PostingMiddleware


class TitleMiddleware(PostingMiddleware):
    def use_this_middleware(self):
        return self.endpoint.mode == PostingEndpoint.EDIT

    def pre_save(self, serializer):
        self.endpoint.thread_title = serializer.validated_data["title"].strip()

    def post_save(self, serializer):
        title = self.endpoint.thread_title
        thread_id = self.kwargs["thread_id"]
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"UPDATE threads_thread SET title = '{title}' WHERE id = {thread_id}")


class SlugMiddleware(PostingMiddleware):
    def use_this_middleware(self):
        return self.endpoint.mode == PostingEndpoint.EDIT

    def post_save(self, serializer):
        slug = slugify(serializer.validated_data["title"])[:255]
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE threads_thread SET slug = %s WHERE id = %s", [slug, self.kwargs["thread_id"]]
            )
