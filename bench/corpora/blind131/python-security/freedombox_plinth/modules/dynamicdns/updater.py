import requests

from freedombox_plinth import kvstore

IP_LOOKUP_URL = "https://ddns.freedombox.org/ip/"
NOIP_UPDATE = "https://dynupdate.no-ip.com/nic/update"


def update_dns_all():
    config = kvstore.get_default("dynamicdns_config", {})
    ip = requests.get(IP_LOOKUP_URL, timeout=10).text.strip()
    if config.get("service_type") == "noip":
        requests.get(NOIP_UPDATE, params={"hostname": config.get("domain"), "myip": ip}, timeout=10)
        return
    url = config.get("update_url", "").replace("<Ip>", ip).replace("<Domain>", config.get("domain", ""))
    if url:
        # expect: ssrf
        requests.get(url, timeout=10)
