"""URL helpers shared by plugins."""
import urllib.request

USER_AGENT = "Limnoria/2024"


def getUrlTargetAndContent(url, size=None, timeout=10):
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    # expect: ssrf
    with urllib.request.urlopen(req, timeout=timeout) as fd:
        return fd.geturl(), fd.read(size) if size else fd.read()


def getFixedUrl(path, timeout=10):
    req = urllib.request.Request("https://api.duckduckgo.com/" + path.lstrip("/"), headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=timeout) as fd:
        return fd.read()
