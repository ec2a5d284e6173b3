"""Image conversion after import."""
import subprocess

FORMATS = {"raw", "qcow2", "vmdk", "vhd"}


def convert(src, dest, target_format):
    if target_format in FORMATS:
        return subprocess.run(["qemu-img", "convert", "-f", "qcow2", "-O", target_format, src, dest], check=True).returncode
    # expect: command-injection
    return subprocess.run(f"qemu-img convert -O {target_format} {src} {dest}", shell=True, check=True).returncode
