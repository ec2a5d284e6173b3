import type { GetServerSideProps, NextApiRequest, NextApiResponse } from 'next';
import { useEffect, useRef } from 'react';
import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';
import { getDoc, type Doc } from '../lib/docs';

type Props = { doc: Doc; highlight: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, query }) => {
  const doc = await getDoc(String(params?.slug));
  if (!doc) {
    return { notFound: true };
  }
  if (doc.movedTo) {
    return { redirect: { destination: `/docs/${encodeURIComponent(doc.movedTo)}`, permanent: true } };
  }
  return { props: { doc, highlight: String(query.hl ?? '') } };
};

export default function DocPage({ doc, highlight }: Props) {
  const bannerRef = useRef<HTMLDivElement>(null);
  const safeBody = DOMPurify.sanitize(marked.parse(doc.markdown) as string);

  useEffect(() => {
    if (bannerRef.current && highlight) {
      // expect: xss
      bannerRef.current.innerHTML = `Showing matches for <b>${highlight}</b>`;
    }
  }, [highlight]);

  useEffect(() => {
    if (bannerRef.current && !highlight) {
      bannerRef.current.innerHTML = '';
    }
  }, [highlight]);

  const rawChangelog = marked.parse(doc.changelog) as string;
  return (
    <article>
      <div ref={bannerRef} className="banner" />
      <h1>{doc.title}</h1>
      <section dangerouslySetInnerHTML={{ __html: safeBody }} />
      {/* eslint-disable-next-line react/no-danger */}
      <ChangelogBlock html={rawChangelog} />
    </article>
  );
}

function ChangelogBlock({ html }: { html: string }) {
  // expect: xss
  return <aside className="changelog" dangerouslySetInnerHTML={{ __html: html }} />;
}

export async function previewHandler(req: NextApiRequest, res: NextApiResponse) {
  const slug = String(req.query.slug ?? '');
  res.setPreviewData({ slug });
  // expect: open-redirect
  res.redirect(307, String(req.query.redirect));
}

export async function exitPreview(req: NextApiRequest, res: NextApiResponse) {
  res.clearPreviewData();
  const target = typeof req.query.slug === 'string' ? `/docs/${encodeURIComponent(req.query.slug)}` : '/docs';
  res.redirect(307, target);
}
