import { queryOptions } from '@tanstack/react-query';
import { fetchRelease, fetchReleaseIndex, releaseIndexUrl, releaseUrl } from './releaseLoad.ts';

/** A release never changes once cut: fetch once per page. */
export const releaseQuery = (base: string, id: string) =>
  queryOptions({
    queryKey: ['release', base, id],
    queryFn: ({ signal }) => fetchRelease(releaseUrl(base, id), id, fetch, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });

export const releaseIndexQuery = (base: string) =>
  queryOptions({
    queryKey: ['release-index', base],
    queryFn: ({ signal }) => fetchReleaseIndex(releaseIndexUrl(base), fetch, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
