/**
 * The search box as a picker for one field (compare's A or B, the what-if's model or system):
 * any curated or Epoch entity, with those the field cannot take disabled and the reason shown.
 */
import { useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { WorldData } from '../../data/epoch/worldTypes.ts';
import type { SearchEntry } from '../../data/worldSearch.ts';
import type { LazyWorld } from '../../charts/views/world/useLazyWorld.ts';
import type { Messages } from '../../i18n/messages.ts';
import { EntitySearch } from './EntitySearch.tsx';
import { curatedEntityIds, entityIndex } from './entityNames.ts';

export function WorldPicker(props: {
  label: string;
  /** The curated dataset (not one already grown by Epoch entities: they are in the index once). */
  dataset: Dataset;
  world: LazyWorld;
  onPick: (entry: SearchEntry) => void;
  rule: (world: WorldData) => (entry: SearchEntry) => string | undefined;
  chosenIds: readonly string[];
  m: Messages;
}) {
  const { dataset, world, rule, m } = props;
  const index = useMemo(() => (world.world ? entityIndex(dataset, world.world) : null), [dataset, world.world]);
  const reason = useMemo(() => (world.world ? rule(world.world) : undefined), [world.world, rule]);
  const curated = useMemo(() => curatedEntityIds(dataset), [dataset]);
  return (
    <EntitySearch
      label={props.label}
      status={world.status}
      index={index}
      onRequest={world.request}
      onRetry={world.retry}
      onPick={props.onPick}
      disabledReason={reason}
      chosenIds={props.chosenIds}
      curatedIds={curated}
      m={m}
    />
  );
}
