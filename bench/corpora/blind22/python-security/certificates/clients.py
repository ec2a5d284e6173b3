"""HTTP clients for internal services (urllib3, httpx, aiohttp)."""
import ssl

import aiohttp
import certifi
import httpx
import urllib3

CA = "/etc/ssl/certs/corp-ca.pem"


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def pool_lab():
    # expect: tls-verify-off
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def quiet_pool():
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    # expect: tls-verify-off
    return urllib3.PoolManager(cert_reqs=ssl.CERT_NONE, assert_hostname=False)


def api_client():
    return httpx.Client(base_url="https://api.internal", verify=CA, timeout=10)


def api_client_lab():
    # expect: tls-verify-off
    return httpx.Client(base_url="https://lab.internal", verify=False)


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        # expect: tls-verify-off
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


async def fetch_pinned(url):
    ctx = ssl.create_default_context(cafile=CA)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as session:
        async with session.get(url) as resp:
            return await resp.text()
