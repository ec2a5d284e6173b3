import { headers } from "next/headers";

import DomainModel, { Domain } from "@models/Domain";
import UserModel, { User } from "@models/User";
import { auth } from "@/auth";

export async function getDomain(): Promise<Domain | null> {
    const headerList = await headers();
    const domainName = headerList.get("domain");
    if (!domainName) {
        return null;
    }
    return DomainModel.findOne({ name: domainName, deleted: false }).lean<Domain>();
}

export async function getUser(domain: Domain): Promise<User | null> {
    const session = await auth();
    if (!session?.user?.email) {
        return null;
    }
    return UserModel.findOne({
        email: session.user.email,
        domain: domain._id,
        active: true,
    }).lean<User>();
}

export function hasPermission(user: User | null, permission: string) {
    return !!user && user.permissions.includes(permission);
}

export function clientIp(headerList: Headers) {
    return headerList.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
