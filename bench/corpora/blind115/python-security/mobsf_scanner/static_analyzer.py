import os
import subprocess

from django.conf import settings

TOOLS_DIR = getattr(settings, "TOOLS_DIR", "/home/mobsf/Mobile-Security-Framework-MobSF/mobsf/StaticAnalyzer/tools")
UPLD_DIR = getattr(settings, "UPLD_DIR", "/home/mobsf/.MobSF/uploads/")


class StaticAnalyzer:
    def __init__(self, checksum, file_name, rescan=False):
        self.checksum = checksum
        self.file_name = file_name
        self.rescan = rescan
        self.app_dir = os.path.join(UPLD_DIR, checksum)

    def run(self):
        apk = os.path.join(self.app_dir, self.checksum + ".apk")
        self.apk_2_java(apk)
        self.unzip_original(os.path.join(self.app_dir, self.file_name))
        return {"md5": self.checksum, "file_name": self.file_name}

    def apk_2_java(self, apk_path):
        jadx = os.path.join(TOOLS_DIR, "jadx", "bin", "jadx")
        out = os.path.join(self.app_dir, "java_source")
        subprocess.run([jadx, "-ds", out, "-q", "-r", "--show-bad-code", apk_path], timeout=600, check=False)

    def unzip_original(self, original_path):
        # expect: command-injection
        os.system(f"unzip -o -q '{original_path}' -d {self.app_dir}/original")
