import DOMPurify from 'isomorphic-dompurify';
import { getRecipientByToken } from '../../server-only/recipient';

type PageProps = { searchParams: { token?: string; message?: string; note?: string } };

export default async function SigningPage({ searchParams }: PageProps) {
  const recipient = await getRecipientByToken(searchParams.token ?? '');
  const message = searchParams.message ?? recipient.document.customMessage ?? '';
  const note = DOMPurify.sanitize(searchParams.note ?? '');
  if (recipient.role === 'VIEWER') {
    return <section className="signing-note" dangerouslySetInnerHTML={{ __html: note }} />;
  }
  // expect: xss
  return <section className="signing-message" dangerouslySetInnerHTML={{ __html: message }} />;
}
