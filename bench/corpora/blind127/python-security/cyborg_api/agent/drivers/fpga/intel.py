"""Intel FPGA driver of the agent: downloads and programs bitstreams."""
import os
import subprocess

import requests

from cyborg_api.common import utils

IMAGE_DIR = "/var/lib/cyborg/images"
REPORT_DIR = "/var/lib/cyborg/reports"
GLANCE_URL = "https://image.cloud.internal:9292/v2/images"


class IntelFPGADriver:
    def program(self, host=None, image_name="", pci_address=""):
        image_path = os.path.join(IMAGE_DIR, os.path.basename(image_name) + ".gbs")
        if utils.is_uuid_like(image_name):
            blob = requests.get(f"{GLANCE_URL}/{image_name}/file", timeout=30)
            with open(image_path, "wb") as fh:
                fh.write(blob.content)
        # expect: command-injection
        subprocess.check_output(f"fpgaconf -B {pci_address} {image_path}", shell=True)
        if utils.is_pci_address(pci_address):
            subprocess.run(["fpgainfo", "fme", "-B", pci_address], check=False)

    def read_report(self, image_name):
        # expect: path-traversal
        with open(os.path.join(REPORT_DIR, image_name + ".log")) as fh:
            return fh.read()

    def read_safe_report(self, image_name):
        path = os.path.realpath(os.path.join(REPORT_DIR, image_name + ".log"))
        if not path.startswith(REPORT_DIR + os.sep):
            raise ValueError("bad image name")
        with open(path) as fh:
            return fh.read()

    def fetch_firmware(self, attributes):
        url = attributes.get("firmware_url")
        if not url:
            url = f"{GLANCE_URL}/firmware"
        # expect: ssrf
        return requests.get(url, timeout=30).content
