from django.db import connection

from askbot_qa.models.base import Post, Thread

ORDER_BY = {
    "age-desc": "-added_at",
    "age-asc": "added_at",
    "activity-desc": "-last_activity_at",
    "votes-desc": "-points",
    "answers-desc": "-answer_count",
}


def run_advanced_search(search_state):
    qs = Thread.objects.filter(deleted=False)
    if search_state.query:
        qs = qs.extra(where=["title ILIKE %s"], params=[f"%{search_state.query}%"])
    if search_state.author:
        # expect: sql-injection
        qs = qs.extra(where=[f"author_id = {search_state.author}"])
    for tag in search_state.tags:
        qs = qs.filter(tags__name=tag)
    return qs.order_by(ORDER_BY[search_state.sort])


def related_tags(raw_tags):
    first = raw_tags.split("+")[0] if raw_tags else ""
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT t.name FROM tag t JOIN thread_tags tt ON tt.tag_id = t.id WHERE t.name <> '%s' LIMIT 20" % first)
        return [row[0] for row in cursor.fetchall()]


def get_post(post_id):
    return Post.objects.get(pk=post_id)
