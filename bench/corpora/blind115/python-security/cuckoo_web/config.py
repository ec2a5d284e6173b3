import configparser
import os

_parser = configparser.ConfigParser()
_parser.read(os.environ.get("CUCKOO_CONF", "/etc/cuckoo/web.conf"))


def cfg(section, group, key):
    return _parser.get(section, "%s_%s" % (group, key), fallback="/var/lib/cuckoo")
