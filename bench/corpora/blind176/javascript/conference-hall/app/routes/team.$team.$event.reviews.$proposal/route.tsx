import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import invariant from 'tiny-invariant';

import { requireSession } from '~/libs/auth/session.ts';
import { MarkdownParser } from '~/libs/markdown/markdown.server.ts';
import { ProposalReview } from '~/.server/reviews/proposal-review.server.ts';

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const userId = await requireSession(request);
  invariant(params.team, 'Invalid team slug');
  invariant(params.event, 'Invalid event slug');
  invariant(params.proposal, 'Invalid proposal id');

  const review = ProposalReview.for(userId, params.team, params.event, params.proposal);
  const proposal = await review.get();

  return json({
    id: proposal.id,
    title: proposal.title,
    abstractHtml: MarkdownParser.parse(proposal.abstract),
    referencesHtml: MarkdownParser.parse(proposal.references),
    speakers: proposal.speakers.map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      company: speaker.company,
      bioHtml: MarkdownParser.toHtml(speaker.bio),
    })),
  });
};

function SpeakerBio({ html }: { html: string }) {
  // expect: xss
  return <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function ProposalReviewRoute() {
  const proposal = useLoaderData<typeof loader>();

  return (
    <article className="space-y-6">
      <h1 className="text-xl font-bold">{proposal.title}</h1>
      <div className="prose" dangerouslySetInnerHTML={{ __html: proposal.abstractHtml }} />
      <div className="prose" dangerouslySetInnerHTML={{ __html: proposal.referencesHtml }} />
      {proposal.speakers.map((speaker) => (
        <section key={speaker.id}>
          <h2 className="font-semibold">{speaker.name}</h2>
          {speaker.company ? <p className="text-sm text-gray-500">{speaker.company}</p> : null}
          <SpeakerBio html={speaker.bioHtml} />
        </section>
      ))}
    </article>
  );
}
