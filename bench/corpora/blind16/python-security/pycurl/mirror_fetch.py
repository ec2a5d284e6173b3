# library: pycurl
from io import BytesIO

import certifi
import pycurl


def fetch(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, certifi.where())
    c.setopt(pycurl.TIMEOUT, 30)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def fetch_mirror(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    # expect: tls-verify-off
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    # expect: tls-verify-off
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def fetch_pinned(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.CAINFO, "/etc/pki/mirror-ca.pem")
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()
