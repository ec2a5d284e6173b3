"""Group membership lookup (Django + ldap3)."""
from django.http import JsonResponse
from ldap3 import ALL, Connection, Server

SERVER = Server("ldaps://dc.corp.example", get_info=ALL)


def group_members(request):
    group = request.GET.get("group", "")
    conn = Connection(SERVER, auto_bind=True)
    search_filter = "(&(objectClass=group)(cn={}))".format(group)
    # expect: ldap-injection
    conn.search("dc=corp,dc=example", search_filter, attributes=["member"])
    return JsonResponse({"members": [str(e.member) for e in conn.entries]})
