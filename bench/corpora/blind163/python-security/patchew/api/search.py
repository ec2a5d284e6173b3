"""Search terms of the series list: subject words and key:value terms."""
import datetime
import re

from django.db.models import Q

from .models import Message

AGE_RE = re.compile(r"^([<>]?)(\d+)([dwmy])$")
UNITS = {"d": 1, "w": 7, "m": 30, "y": 365}


class SearchEngine:
    def __init__(self, terms, user):
        self.terms = terms
        self.user = user

    def _age_filter(self, value):
        match = AGE_RE.match(value)
        if not match:
            return Q()
        direction, count, unit = match.groups()
        since = datetime.datetime.now() - datetime.timedelta(days=int(count) * UNITS[unit])
        return Q(date__lte=since) if direction == ">" else Q(date__gte=since)

    def _term_filter(self, term):
        key, sep, value = term.partition(":")
        if not sep:
            return Q(subject__icontains=term)
        if key == "age":
            return self._age_filter(value)
        if key in ("from", "f"):
            return Q(sender__icontains=value)
        if key in ("project", "pr"):
            return Q(project__name=value)
        if key == "id":
            return Q(message_id=value)
        return Q(subject__icontains=term)

    def search_series(self, queryset=None):
        queryset = queryset if queryset is not None else Message.objects.series_heads()
        plain = []
        for term in self.terms:
            if term.startswith("reviewer:"):
                queryset = self._reviewer(queryset, term.split(":", 1)[1])
            elif term.startswith("tag:"):
                queryset = queryset.extra(where=["api_message.tags @> ARRAY[%s]::text[]"], params=[term[4:]])
            else:
                plain.append(self._term_filter(term))
        for condition in plain:
            queryset = queryset.filter(condition)
        return queryset

    def _reviewer(self, queryset, who):
        # expect: sql-injection
        return queryset.extra(where=[f"EXISTS (SELECT 1 FROM api_message r WHERE r.in_reply_to = api_message.message_id AND r.sender LIKE '%%{who}%%')"])
