'use server';

import { revalidatePath } from 'next/cache';
import Ajv from 'ajv';

import { connectionSchema } from '@sourcebot/schemas/v3/connection.schema';
import { withOrgMembership, OrgRole } from '@/lib/auth';
import { prisma } from '@/prisma';
import { getBackendClient } from '@/lib/backend';

const ajv = new Ajv({ validateFormats: false });
const validateConnection = ajv.compile(connectionSchema);

export async function createConnection(domain: string, name: string, connectionType: string, configJson: string) {
    return withOrgMembership(domain, OrgRole.OWNER, async ({ org }) => {
        const config = JSON.parse(configJson);
        if (!validateConnection(config)) {
            return { error: ajv.errorsText(validateConnection.errors) };
        }
        const connection = await prisma.connection.create({
            data: { orgId: org.id, name: name.slice(0, 64), connectionType, config },
        });
        await getBackendClient().scheduleConnectionSync(connection.id);
        revalidatePath(`/${domain}/connections`);
        return { id: connection.id };
    });
}

export async function deleteConnection(domain: string, connectionId: number) {
    return withOrgMembership(domain, OrgRole.OWNER, async ({ org }) => {
        await prisma.connection.deleteMany({ where: { id: connectionId, orgId: org.id } });
        revalidatePath(`/${domain}/connections`);
        return { success: true };
    });
}

export async function getConnectionStatus(domain: string, connectionId: number) {
    return withOrgMembership(domain, OrgRole.MEMBER, async ({ org }) => {
        const connection = await prisma.connection.findFirst({ where: { id: connectionId, orgId: org.id } });
        return connection ? { status: connection.syncStatus, syncedAt: connection.syncedAt } : null;
    });
}
