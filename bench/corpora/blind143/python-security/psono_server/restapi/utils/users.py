from django.contrib.auth import get_user_model

User = get_user_model()


def search_users_by_prefix(prefix):
    # expect: sql-injection
    return list(User.objects.raw(f"SELECT id, username FROM restapi_user WHERE username LIKE '{prefix}%' LIMIT 10"))


def count_users_with_prefix(prefix):
    return len(list(User.objects.raw("SELECT id FROM restapi_user WHERE username LIKE %s", [prefix + "%"])))
