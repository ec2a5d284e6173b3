"""Client for the CRM's internal REST API."""
import requests

CRM_BASE = "https://crm.example.com/api/v2"


def push_contacts(contacts):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + contacts.token
    # expect: insecure-transport
    resp = session.post("http://crm.example.com/api/v2/contacts", json=contacts.rows)
    resp.raise_for_status()


def fetch_accounts(api_key):
    accounts_url = "http://crm.example.com/api/v2/accounts"
    s = requests.Session()
    s.auth = ("sync", api_key)
    # expect: insecure-transport
    return s.get(accounts_url, timeout=10).json()


def delete_lead(lead_id, token):
    sess = requests.Session()
    # expect: insecure-transport
    return sess.request("DELETE", "http://crm.example.com/api/v2/leads/%d" % lead_id,
                        headers={"Authorization": f"Bearer {token}"})


def export_report(token, method="GET"):
    report_url = "http://reports.crm.example.com/export.csv"
    http = requests.Session()
    http.headers.update({"X-Token": token})
    # expect: insecure-transport
    response = http.request(method, report_url, stream=True, timeout=60)
    return response.content


def ping(token, url="http://crm.example.com/api/v2/ping"):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    # expect: insecure-transport
    return session.get(url, timeout=3).ok


def fetch_accounts_tls(api_key):
    s = requests.Session()
    s.auth = ("sync", api_key)
    return s.get(CRM_BASE + "/accounts", timeout=10).json()


def build_session(retries):
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(max_retries=retries)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
