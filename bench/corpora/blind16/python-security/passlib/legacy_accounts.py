# library: passlib
from passlib.context import CryptContext
from passlib.hash import argon2, bcrypt, ldap_salted_sha1, md5_crypt

pwd_context = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")


def hash_password(password: str) -> str:
    return pwd_context.hash(password)


def hash_password_legacy(password: str) -> str:
    # expect: weak-hash
    return md5_crypt.hash(password)


def export_for_ldap(password: str) -> str:
    # expect: weak-hash
    return ldap_salted_sha1.hash(password)


def verify(password: str, stored: str) -> bool:
    ok, new_hash = pwd_context.verify_and_update(password, stored)
    return ok


def hash_admin(password: str) -> str:
    return argon2.using(rounds=4).hash(password)


def hash_service(password: str) -> str:
    return bcrypt.using(rounds=13).hash(password)
