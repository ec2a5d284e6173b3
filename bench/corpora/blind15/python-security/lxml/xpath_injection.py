# library: lxml (XPath queries)
from lxml import etree

parser = etree.XMLParser(resolve_entities=False, no_network=True)
tree = etree.parse("config/users.xml", parser)


def lookup(username: str, password_hash: str):
    # expect: xpath-injection
    return tree.xpath(f"//user[name='{username}' and hash='{password_hash}']")


def roles_for(username: str):
    query = "//user[name='" + username + "']/role/text()"
    # expect: xpath-injection
    return tree.xpath(query)


def lookup_safe(username: str, password_hash: str):
    return tree.xpath("//user[name=$name and hash=$hash]", name=username, hash=password_hash)


_find_roles = etree.XPath("//user[name=$name]/role/text()")


def roles_for_safe(username: str):
    return _find_roles(tree, name=username)


def all_usernames():
    return tree.xpath("//user/name/text()")
