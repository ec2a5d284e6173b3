# library: hashids (with Django settings)
"""Short public ids for shared links."""
from django.conf import settings
from hashids import Hashids

# expect: secret-exposure
hasher = Hashids(salt=settings.SECRET_KEY, min_length=8)
link_hasher = Hashids(salt=settings.HASHIDS_SALT, min_length=8)
invite_hasher = Hashids(salt="invite-codes", min_length=10)


def encode_link(pk):
    return link_hasher.encode(pk)


def decode_link(code):
    values = link_hasher.decode(code)
    return values[0] if values else None


def encode_invite(pk):
    return invite_hasher.encode(pk)


def encode_legacy(pk):
    return hasher.encode(pk)


def legacy_hasher_for_tenant(tenant):
    # expect: secret-exposure
    return Hashids(salt=settings.SECRET_KEY + tenant.slug, min_length=8)
