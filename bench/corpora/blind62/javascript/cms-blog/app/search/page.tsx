import Link from 'next/link';
import { prisma } from '../../lib/db';

type Props = { searchParams: { q?: string; tag?: string } };

export default async function SearchPage({ searchParams }: Props) {
  const q = searchParams.q ?? '';
  const tag = searchParams.tag;
  const posts = await prisma.post.findMany({
    where: { title: { contains: q, mode: 'insensitive' }, ...(tag ? { tags: { some: { name: tag } } } : {}) },
    take: 20,
  });

  const heading = tag ? `Posts tagged <em>${tag}</em>` : 'Search';
  // expect: xss
  const title = <h1 dangerouslySetInnerHTML={{ __html: heading }} />;

  return (
    <main>
      {title}
      <p>Results for {q}</p>
      <ul>
        {posts.map((p) => (
          <li key={p.id}>
            <Link href={`/posts/${p.slug}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
