import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense, useEffect } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { useFirstContent } from '../../lib/first-content';

export interface PrefetchedProps {
  /** Which route parameter the data depends on. */
  param: string;
  prefetch: (client: QueryClient, value: string) => void;
  /** The route's lazily loaded element. */
  children: ReactNode;
}

/**
 * Starts a lazily loaded route's first requests while its code loads, instead of after: this boundary
 * shows the calm loading line (and commits, so the prefetch runs) while the route's chunk is fetched.
 */
export function Prefetched({ param, prefetch, children }: PrefetchedProps) {
  const client = useQueryClient();
  const value = useParams()[param] ?? '';
  // The route's element says when its first content is drawn, not this boundary's loading line.
  useFirstContent(false);
  useEffect(() => {
    if (value) prefetch(client, value);
  }, [client, prefetch, value]);
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
