import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import invariant from 'tiny-invariant';
import { z } from 'zod';

import { requireSession } from '~/libs/auth/session.ts';
import { ProposalsList } from './components/proposals-list.tsx';
import { ProposalSearch } from '~/.server/reviews/proposal-search.server.ts';

const FiltersSchema = z.object({
  query: z.string().trim().max(100).optional(),
  status: z.enum(['pending', 'accepted', 'rejected', 'confirmed', 'declined']).optional(),
  reviews: z.enum(['reviewed', 'not-reviewed']).optional(),
  formats: z.string().uuid().optional(),
  categories: z.string().uuid().optional(),
});

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const userId = await requireSession(request);
  invariant(params.team, 'Invalid team slug');
  invariant(params.event, 'Invalid event slug');

  const url = new URL(request.url);
  const filters = FiltersSchema.parse(Object.fromEntries(url.searchParams));
  // Column picked in the table header, e.g. "createdAt" or "avgRate".
  const sort = url.searchParams.get('sort') ?? 'createdAt';
  const page = Math.max(Number(url.searchParams.get('page')) || 1, 1);

  const search = ProposalSearch.for(userId, params.team, params.event);
  const results = await search.list(filters, sort, page);
  const statistics = await search.statistics();

  return json({ results, statistics, filters, sort, page });
};

export default function ReviewsRoute() {
  const { results, statistics, filters, sort, page } = useLoaderData<typeof loader>();

  return (
    <section className="space-y-4">
      <header className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Proposals</h2>
        <span className="text-sm text-gray-500">
          {statistics.reviewed} reviewed out of {statistics.total}
        </span>
      </header>
      <ProposalsList proposals={results.proposals} filters={filters} sort={sort} page={page} total={results.total} />
    </section>
  );
}
