import { queryOptions } from '@tanstack/react-query';
import { datasetUrl, fetchDataset } from './load.ts';

/** The dataset is immutable for a given build: fetch once, never refetch behind the reader's back. */
export const datasetQuery = (base: string) =>
  queryOptions({
    queryKey: ['dataset', base],
    queryFn: ({ signal }) => fetchDataset(datasetUrl(base), fetch, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
