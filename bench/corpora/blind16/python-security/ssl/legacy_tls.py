# library: ssl
import asyncio
import ssl


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def legacy_printer_context():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def scanner_context():
    # expect: weak-tls
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)


def client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/pki/internal-ca.pem")
    return ctx


async def send(host, port, payload):
    reader, writer = await asyncio.open_connection(host, port, ssl=modern_context())
    writer.write(payload)
    await writer.drain()
    data = await reader.read(4096)
    writer.close()
    return data
