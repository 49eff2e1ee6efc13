import { queryOptions } from '@tanstack/react-query';
import { fetchWorld, worldUrl } from './worldLoad.ts';

/**
 * Epoch's world data (~1,900 records) is fetched only when a world view or a search asks for it,
 * never by the default view; like the curated dataset it is immutable for a build.
 */
export const worldQuery = (base: string) =>
  queryOptions({
    queryKey: ['world', base],
    queryFn: ({ signal }) => fetchWorld(worldUrl(base), fetch, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
