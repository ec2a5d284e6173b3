"""qemu-img wrappers, shaped on cinder.image.image_utils."""
import subprocess


def convert_image(source, dest, out_format, run_as_root=True):
    prefix = "sudo " if run_as_root else ""
    # expect: command-injection
    subprocess.check_call(f"{prefix}qemu-img convert -O {out_format} {source} {dest}", shell=True)


def check_image(path, image_name):
    out = subprocess.check_output(["qemu-img", "info", "--output=json", path])
    return {"name": image_name, "info": out}
