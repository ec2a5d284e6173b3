# library: pysnmp
import os

from pysnmp.hlapi import (CommunityData, ContextData, ObjectIdentity, ObjectType, SnmpEngine, UdpTransportTarget, UsmUserData, getCmd, usmAesCfb128Protocol, usmHMACSHAAuthProtocol)

SYS_DESCR = ObjectType(ObjectIdentity("SNMPv2-MIB", "sysDescr", 0))


def poll_v3(host):
    user = UsmUserData("poller", os.environ["SNMP_AUTH_KEY"], os.environ["SNMP_PRIV_KEY"], authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)
    return next(getCmd(SnmpEngine(), user, UdpTransportTarget((host, 161)), ContextData(), SYS_DESCR))


def poll_legacy(host):
    # expect: insecure-protocol
    community = CommunityData("public", mpModel=0)
    return next(getCmd(SnmpEngine(), community, UdpTransportTarget((host, 161)), ContextData(), SYS_DESCR))


def poll_noauth(host):
    # expect: insecure-protocol
    user = UsmUserData("poller")
    return next(getCmd(SnmpEngine(), user, UdpTransportTarget((host, 161)), ContextData(), SYS_DESCR))
