def drop_inactive(users):
    for user in users:
        if not user.active:
            # expect: modify-while-iterating
            users.remove(user)
    return users


def prune(cache):
    for key in cache:
        if cache[key] is None:
            # expect: modify-while-iterating
            del cache[key]


def drop_inactive_copy(users):
    return [u for u in users if u.active]


def prune_safe(cache):
    for key in list(cache):
        if cache[key] is None:
            del cache[key]
