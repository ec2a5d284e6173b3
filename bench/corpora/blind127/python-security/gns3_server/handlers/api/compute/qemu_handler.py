"""Compute API handlers for Qemu VMs."""
from gns3_server.compute.qemu.qemu_vm import QemuVM
from gns3_server.web_route import Route

VMS = {}


@Route.post(r"/projects/{project_id}/qemu/nodes")
async def create_vm(request, response):
    body = await request.json()
    vm = QemuVM(body.pop("name", "qemu"), request.match_info["project_id"], **body)
    VMS[vm.id] = vm
    response.text = vm.id


@Route.post(r"/projects/{project_id}/qemu/nodes/{node_id}/start")
async def start_vm(request, response):
    await VMS[request.match_info["node_id"]].start()
