"""Group membership lookup (Django + ldap3), escaped value."""
from django.http import JsonResponse
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server("ldaps://dc.corp.example", get_info=ALL)


def group_members(request):
    group = escape_filter_chars(request.GET.get("group", ""))
    conn = Connection(SERVER, auto_bind=True)
    search_filter = "(&(objectClass=group)(cn={}))".format(group)
    conn.search("dc=corp,dc=example", search_filter, attributes=["member"])
    return JsonResponse({"members": [str(e.member) for e in conn.entries]})
