"""A Qemu VM node: builds its command line and starts the process."""
import asyncio
import shlex
import uuid

QEMU_BINARIES = {"x86_64": "/usr/bin/qemu-system-x86_64", "aarch64": "/usr/bin/qemu-system-aarch64"}


class QemuVM:
    def __init__(self, name, project_id, platform="x86_64", ram=256, options="", hda_disk_image="", **settings):
        self.id = str(uuid.uuid4())
        self.name = name
        self.qemu_path = QEMU_BINARIES.get(platform, QEMU_BINARIES["x86_64"])
        self.ram = int(ram)
        self.options = options
        self.hda_disk_image = hda_disk_image

    def _build_command(self):
        return [self.qemu_path, "-name", self.name, "-m", f"{self.ram}M", "-hda", self.hda_disk_image]

    async def start(self):
        if not self.options:
            return await asyncio.create_subprocess_exec(*self._build_command())
        command = " ".join(shlex.quote(part) for part in self._build_command())
        # expect: command-injection
        return await asyncio.create_subprocess_shell(f"{command} {self.options}")
