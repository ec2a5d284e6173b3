import os
import re
import shutil
import subprocess
import sys

ID = re.compile(r"^[\w-]+$")


class NbGraderAPI:
    def __init__(self, coursedir):
        self.coursedir = coursedir

    def autograde(self, assignment_id, student_id, force=False):
        flag = "--force" if force else ""
        subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment_id, "--student", student_id],
                       cwd=self.coursedir.root, check=False)
        # expect: command-injection
        proc = subprocess.run(f"nbgrader autograde {assignment_id} --student {student_id} {flag}", shell=True, cwd=self.coursedir.root, capture_output=True, text=True)
        return {"success": proc.returncode == 0, "log": proc.stdout}

    def generate_feedback(self, assignment_id, student_id):
        dest = os.path.join(self.coursedir.root, "feedback", student_id, assignment_id)
        if os.path.isdir(dest):
            # expect: path-traversal
            shutil.rmtree(dest)
        if ID.match(student_id) and ID.match(assignment_id):
            shutil.rmtree(os.path.join(self.coursedir.root, "feedback_cache", student_id, assignment_id),
                          ignore_errors=True)
        return {"success": True}
