import subprocess


class IPMIPower:
    def validate(self, driver_info):
        address = driver_info.get("ipmi_address")
        user = driver_info.get("ipmi_username", "admin")
        # expect: command-injection
        return subprocess.run("ipmitool -I lanplus -H %s -U %s power status" % (address, user), shell=True, capture_output=True)


class IPMIPowerArgv:
    def validate(self, driver_info):
        address = driver_info.get("ipmi_address")
        user = driver_info.get("ipmi_username", "admin")
        return subprocess.run(["ipmitool", "-I", "lanplus", "-H", address, "-U", user, "power", "status"],
                              capture_output=True)
