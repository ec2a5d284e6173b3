"""Graphene schema for the staff directory."""
import os

import graphene

from .directory import Directory
from .photos import photo_for

directory = Directory(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"])


class Person(graphene.ObjectType):
    cn = graphene.String()
    mail = graphene.String()
    title = graphene.String()
    photo = graphene.String()

    def resolve_photo(parent, info):
        size = info.context.GET.get("photo_size", "small")
        return photo_for(parent.mail, size)


def _to_person(entry: dict) -> Person:
    return Person(cn=entry.get("cn", [""])[0], mail=entry.get("mail", [""])[0], title=entry.get("title", [""])[0])


class Query(graphene.ObjectType):
    people = graphene.List(Person, name=graphene.String(required=True), department=graphene.String())
    person = graphene.Field(Person, uid=graphene.String(required=True))
    people_safe = graphene.List(Person, name=graphene.String(required=True))
    managers = graphene.List(Person)

    def resolve_people(root, info, name, department=None):
        department = department or ""
        return [_to_person(e) for e in directory.find_people(name, department)]

    def resolve_person(root, info, uid):
        entry = directory.by_uid(uid)
        return _to_person(entry) if entry else None

    def resolve_people_safe(root, info, name):
        return [_to_person(e) for e in directory.find_people_escaped(name)]

    def resolve_managers(root, info):
        return [_to_person(e) for e in directory.managers()]


schema = graphene.Schema(query=Query)
