import type { GetServerSideProps } from 'next';
import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';
import { findPostBySlug } from '../../lib/posts';

interface Props {
  title: string;
  html: string;
  banner: string;
  notice: string;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, query }) => {
  const post = await findPostBySlug(String(params?.slug ?? ''));
  if (!post) return { notFound: true };
  const rendered = DOMPurify.sanitize(await marked.parse(post.body));
  const banner = typeof query.banner === 'string' ? query.banner : '';
  const notice = typeof query.notice === 'string' ? DOMPurify.sanitize(query.notice) : '';
  return { props: { title: post.title, html: rendered, banner, notice } };
};

export default function PostPage({ title, html, banner, notice }: Props) {
  return (
    <main>
      <h1>{title}</h1>
      {/* banner text comes from campaign links */}
      {banner && (
        // expect: xss
        <div className="banner" dangerouslySetInnerHTML={{ __html: banner }} />
      )}
      {notice && <div className="notice" dangerouslySetInnerHTML={{ __html: notice }} />}
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
