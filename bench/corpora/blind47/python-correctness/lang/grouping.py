"""Aggregations over the permissions export."""
from collections import Counter, defaultdict


def files_by_owner(owners_by_file):
    # expect: manual-defaultdict
    by_owner = {}
    for path, owner in owners_by_file.items():
        if owner not in by_owner:
            by_owner[owner] = []
        by_owner[owner].append(path)
    return by_owner


def groups_per_user(memberships):
    # expect: manual-defaultdict
    groups = {}
    for user, group in memberships.items():
        groups.setdefault(user, set()).add(group)
    return groups


def merge_settings(settings_by_team):
    # expect: manual-defaultdict
    merged = {}
    for team, settings in settings_by_team.items():
        merged.setdefault(team, {}).update(settings)
    return merged


def count_roles(role_by_user):
    # expect: manual-defaultdict
    counts = {}
    for user, role in role_by_user.items():
        if role not in counts:
            counts[role] = 0
        counts[role] += 1
    return counts


def files_by_owner_v2(owners_by_file):
    by_owner = defaultdict(list)
    for path, owner in owners_by_file.items():
        by_owner[owner].append(path)
    return dict(by_owner)


def count_roles_v2(role_by_user):
    return Counter(role_by_user.values())


def latest_login(logins):
    latest = {}
    for user, ts in logins.items():
        latest[user] = max(ts)
    return latest
