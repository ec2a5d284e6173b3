import hashlib
import subprocess

import requests

API = "http://localhost:8000/api"
FAKE_TOKEN = "test-token-not-secret"


def test_create_order(stack):
    r = requests.post(f"{API}/orders", json={"sku": "A-1", "qty": 2}, headers={"Authorization": f"Bearer {FAKE_TOKEN}"})
    assert r.status_code == 201


def test_list_orders_paginates(stack):
    first = requests.get(f"{API}/orders?page=1").json()
    second = requests.get(f"{API}/orders?page=2").json()
    assert first["items"] != second["items"]


def test_checksum_stable():
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_cli_version():
    out = subprocess.check_output(["orders-cli", "--version"], text=True)
    assert out.startswith("orders-cli ")
