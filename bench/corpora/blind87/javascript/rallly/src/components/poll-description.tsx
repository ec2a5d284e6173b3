import DOMPurify from "isomorphic-dompurify";
import { marked } from "marked";
import type { GetServerSideProps } from "next";

type Props = { description: string; preview: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const preview = typeof query.preview === "string" ? query.preview : null;
  return { props: { description: "", preview } };
};

export function PollDescription({ description }: { description: string }) {
  const html = DOMPurify.sanitize(marked.parse(description) as string);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function PollPreviewPage({ description, preview }: Props) {
  const text = preview ?? description;
  if (!preview) {
    return <PollDescription description={description} />;
  }
  const rendered = marked.parse(text) as string;
  // expect: xss
  return <div className="prose preview" dangerouslySetInnerHTML={{ __html: rendered }} />;
}
