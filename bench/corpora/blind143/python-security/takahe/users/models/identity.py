"""Identities; remote ones move through stator states that fetch their actor document."""
import httpx
from django.conf import settings
from django.db import models

from stator.models import State, StateField, StateGraph, StatorModel


class IdentityStates(StateGraph):
    outdated = State(try_interval=3600)
    updated = State()
    outdated.transitions_to(updated)

    @classmethod
    def handle_outdated(cls, identity: "Identity"):
        if identity.local:
            return cls.updated
        # expect: ssrf
        response = httpx.get(identity.actor_uri, headers={"Accept": "application/activity+json"}, timeout=10)
        identity.name = response.json().get("name", "")
        identity.summary = response.json().get("summary", "")
        identity.save()
        return cls.updated


class Identity(StatorModel):
    username = models.CharField(max_length=500)
    domain = models.CharField(max_length=250)
    actor_uri = models.CharField(max_length=500, unique=True)
    name = models.CharField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    local = models.BooleanField(default=False)
    state = StateField(IdentityStates)

    @classmethod
    def by_username_and_domain(cls, username, domain, fetch=False):
        try:
            return cls.objects.get(username__iexact=username, domain=domain.lower())
        except cls.DoesNotExist:
            if not fetch:
                return None
            actor_uri = cls.webfinger_actor(username, domain)
            return cls.objects.create(username=username, domain=domain.lower(), actor_uri=actor_uri)

    @staticmethod
    def webfinger_actor(username, domain):
        if domain.lower() == settings.MAIN_DOMAIN:
            data = httpx.get(f"https://{settings.MAIN_DOMAIN}/.well-known/webfinger", params={"resource": f"acct:{username}@{domain}"}, timeout=5).json()
            return data["links"][0]["href"]
        return f"https://{domain}/users/{username}"
