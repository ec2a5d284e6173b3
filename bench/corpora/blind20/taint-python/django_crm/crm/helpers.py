"""Request helpers for the CRM views."""
from dataclasses import dataclass

from django.db import connection
from django.http import HttpRequest


def get_param(request: HttpRequest, name: str, default: str = "") -> str:
    return request.GET.get(name) or request.POST.get(name) or default


@dataclass
class ContactFilter:
    company: str
    city: str
    sort: str

    @classmethod
    def from_request(cls, request: HttpRequest) -> "ContactFilter":
        return cls(
            company=get_param(request, "company"),
            city=get_param(request, "city"),
            sort=get_param(request, "sort", "name"),
        )


def fetch_all(sql: str, params=None) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def contacts_in_city(city: str) -> list[tuple]:
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, name FROM crm_contact WHERE city = '%s'" % city)
        return cursor.fetchall()


def contacts_in_city_fixed(city: str) -> list[tuple]:
    return fetch_all("SELECT id, name FROM crm_contact WHERE city = %s", [city])


def safe_sort(value: str) -> str:
    return value if value in {"name", "-name", "created", "-created"} else "name"
