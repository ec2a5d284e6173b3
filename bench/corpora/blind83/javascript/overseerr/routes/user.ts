import { Router } from 'express';
import { getRepository } from '../lib/datasource';
import { User } from '../lib/entities';

const router = Router();

const sortColumn = (sort?: string): string => {
  switch (sort) {
    case 'updated':
      return 'user.updatedAt';
    case 'displayname':
      return 'user.displayName';
    case 'requests':
      return 'requestCount';
    default:
      return 'user.id';
  }
};

router.get('/', async (req, res) => {
  const pageSize = req.query.take ? Number(req.query.take) : 10;
  const skip = req.query.skip ? Number(req.query.skip) : 0;
  const q = (req.query.q as string) ?? '';
  const query = getRepository(User).createQueryBuilder('user').orderBy(sortColumn(req.query.sort as string), 'ASC').take(pageSize).skip(skip);
  if (req.query.exact === 'true') {
    query.where('user.email = :q OR user.plexUsername = :q', { q });
  } else {
    // expect: sql-injection
    query.where(`user.displayName LIKE '%${q}%' OR user.email LIKE '%${q}%'`);
  }
  const [users, count] = await query.getManyAndCount();
  return res.status(200).json({ pageInfo: { pages: Math.ceil(count / pageSize), results: count }, results: users.map((u) => u.filter()) });
});

router.get('/lookup', async (req, res) => {
  const q = String(req.query.q ?? '');
  const users = await getRepository(User).createQueryBuilder('user').where('LOWER(user.displayName) LIKE :q', { q: `%${q.toLowerCase()}%` }).getMany();
  return res.json(users.map((u) => u.filter()));
});

export default router;
