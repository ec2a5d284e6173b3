"""Remote API version 2 resources; each one builds an opcode and submits a job."""
from ganeti import opcodes
from ganeti.rapi import baserlib


class R_2_instances_name_rename(baserlib.ResourceBase):
    def PUT(self):
        op = baserlib.FillOpcode(opcodes.OpInstanceRename, self.request_body, {"instance_name": self.items[0]})
        return self.SubmitJob([op])


class R_2_instances_name_export(baserlib.ResourceBase):
    def PUT(self):
        body = self.request_body
        op = baserlib.FillOpcode(opcodes.OpBackupExport, body, {"instance_name": self.items[0]},
                                 rename={"destination": "target_path"})
        return self.SubmitJob([op])


class R_2_instances_name_import(baserlib.ResourceBase):
    def POST(self):
        source = self._checkStringVariable("source_url")
        op = opcodes.OpInstanceImport(instance_name=self.items[0], source_url=source)
        return self.SubmitJob([op])


class R_2_exports_name(baserlib.ResourceBase):
    def DELETE(self):
        op = opcodes.OpBackupRemove(instance_name=self.items[0])
        return self.SubmitJob([op])
