from .db import QueryProcessor, _singleValue
from .fileops import read_task_output, read_task_output_checked, runroot

BUILD_ORDER_FIELDS = {"build_id", "nvr", "completion_time", "-completion_time"}


class RootExports:
    def getBuildID(self, nvr):
        return _singleValue("SELECT id FROM build WHERE nvr = %(nvr)s", {"nvr": nvr})

    def listBuilds(self, packageID=None, userID=None, prefix=None, queryOpts=None):
        clauses = ["package.id = build.pkg_id"]
        values = {}
        if packageID is not None:
            clauses.append("package.id = %(packageID)i")
            values["packageID"] = int(packageID)
        if prefix:
            clauses.append("package.name ILIKE %(prefix)s || '%%'")
            values["prefix"] = prefix
        opts = dict(queryOpts or {})
        query = QueryProcessor(["build.id", "package.name"], ["build", "package ON package.id = build.pkg_id"], clauses=clauses, values=values, opts=opts)
        return query.execute()

    def listBuildsSafe(self, prefix=None, order=None):
        opts = {"order": order if order in BUILD_ORDER_FIELDS else "build_id"}
        query = QueryProcessor(["build.id"], ["build"], clauses=["build.nvr ILIKE %(prefix)s"], values={"prefix": (prefix or "") + "%"}, opts=opts)
        return query.execute()

    def searchPackages(self, terms):
        clauses = ["package.name = '%s'" % terms]
        return QueryProcessor(["package.id"], ["package"], clauses=clauses).execute()

    def downloadTaskOutput(self, taskID, fileName, offset=0, size=-1, volume=None):
        return read_task_output(int(taskID), fileName, volume, int(offset), int(size))

    def downloadTaskOutputStrict(self, taskID, fileName):
        return read_task_output_checked(int(taskID), fileName)

    def runroot(self, tagInfo, arch, command, opts=None):
        opts = opts or {}
        return runroot(tagInfo, arch, command, use_shell=bool(opts.get("use_shell")))
