// Course queries over postgres.js: tagged templates bind values, sql.unsafe does not.
import postgres from 'postgres';
import { env } from '$env/dynamic/private';

const sql = postgres(env.PRIVATE_DATABASE_URL, { max: 5 });

const SORT_COLUMNS: Record<string, string> = {
  created_at: 'c.created_at',
  title: 'c.title',
  enrolled: 'enrolled_count',
};

export async function searchPublishedCourses(siteName: string, q: string, tag: string) {
  return sql`
    SELECT c.id, c.title, c.slug, c.logo
    FROM course c JOIN organization o ON o.id = c.organization_id
    WHERE o.siteName = ${siteName} AND c.is_published = true
      AND c.title ILIKE ${'%' + q + '%'}
      AND (${tag} = '' OR ${tag} = ANY(c.tags))
    ORDER BY c.created_at DESC LIMIT 50`;
}

export async function searchCoursesLegacy(orgId: string, q: string, sortBy: string) {
  const column = SORT_COLUMNS[sortBy] ?? 'c.created_at';
  const rows = await sql.unsafe(
    `SELECT c.id, c.title FROM course c WHERE c.organization_id = $1 ORDER BY ${column} DESC`,
    [orgId],
  );
  if (!q) return rows;
  // expect: sql-injection
  return sql.unsafe(`SELECT c.id, c.title FROM course c WHERE c.organization_id = '${orgId}' AND c.title ILIKE '%${q}%' ORDER BY ${column} DESC`);
}
