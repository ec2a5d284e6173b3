import { PrismaClient } from '@prisma/client';

const SORT_COLUMNS = new Map([
	['createdAt', '"createdAt"'],
	['name', '"name"'],
	['size', '"size"']
]);

class FileService {
	private readonly prisma = new PrismaClient();

	public async listByColumn(userId: number, sort: string, order: string, take: number, skip: number) {
		const direction = order === 'asc' ? 'ASC' : 'DESC';
		// expect: sql-injection
		return this.prisma.$queryRawUnsafe(`SELECT * FROM files WHERE "userId" = $1 ORDER BY ${sort} ${direction} LIMIT $2 OFFSET $3`, userId, take, skip);
	}

	public async listSorted(userId: number, sort: string, order: string, take: number, skip: number) {
		const column = SORT_COLUMNS.get(sort) ?? '"createdAt"';
		const direction = order === 'asc' ? 'ASC' : 'DESC';
		return this.prisma.$queryRawUnsafe(`SELECT * FROM files WHERE "userId" = $1 ORDER BY ${column} ${direction} LIMIT $2 OFFSET $3`, userId, take, skip);
	}

	public async byUuid(uuid: string) {
		return this.prisma.$queryRaw`SELECT * FROM files WHERE uuid = ${uuid}`;
	}
}

export default new FileService();
