class OpCode:
    OP_ID = None

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)


class OpInstanceRename(OpCode):
    OP_ID = "OP_INSTANCE_RENAME"
    name_check = True
    ip_check = False


class OpBackupExport(OpCode):
    OP_ID = "OP_BACKUP_EXPORT"
    target_path = None


class OpInstanceImport(OpCode):
    OP_ID = "OP_INSTANCE_IMPORT"


class OpBackupRemove(OpCode):
    OP_ID = "OP_BACKUP_REMOVE"
