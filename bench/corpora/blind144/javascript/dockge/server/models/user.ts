import bcrypt from "bcryptjs";

const users = new Map<string, { id: number; hash: string }>();

export class User {
    static async verify(username: string, password: string): Promise<{ id: number } | null> {
        const row = users.get(username);
        if (!row) {
            return null;
        }
        return (await bcrypt.compare(password, row.hash)) ? { id: row.id } : null;
    }
}
