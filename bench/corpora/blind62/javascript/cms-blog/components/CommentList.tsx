import { prisma } from '../lib/db';

type Props = { postSlug: string };

// Comment html was sanitised with DOMPurify when it was stored (lib/markdown.renderUserMarkdown).
export default async function CommentList({ postSlug }: Props) {
  const comments = await prisma.comment.findMany({ where: { postSlug, approved: true }, orderBy: { createdAt: 'asc' } });
  if (!comments.length) return <p className="muted">No comments yet.</p>;
  return (
    <section>
      {comments.map((c) => (
        <article key={c.id}>
          <header>{c.name}</header>
          <div dangerouslySetInnerHTML={{ __html: c.html }} />
        </article>
      ))}
    </section>
  );
}
