import { useMemo } from 'react';
import { useQuery, type CombinedError } from 'urql';
import type { MetricFormat } from '../../format/metric';
import { graphql } from '../../gql';
import type { MetricDefinitionsQuery, MetricKey } from '../../gql/graphql';
import type { Language } from '../../i18n/languages';

// The metric registry as the server defines it (labels, unit, which way is better, what is
// counted, numerator and denominator, how the basis changes it, which parts list complaints): the
// client never restates a metric's meaning. Fetched once per visit (urql's cache) and shared by
// every view and every definition shown beside a label.
export const MetricDefinitionsDocument = graphql(`
  query MetricDefinitions {
    metricDefinitions {
      key
      labelZh
      labelEn
      unit
      better
      additive
      dependsOnAsOf
      definition {
        zh
        en
      }
      numerator {
        zh
        en
      }
      denominator {
        zh
        en
      }
      basisNote {
        zh
        en
      }
      drillable
    }
  }
`);

export type MetricDefinition = MetricDefinitionsQuery['metricDefinitions'][number] & {
  /** Whether the metric counts complaints, so that the basis (全部投诉 / 考核口径) changes its figure. */
  complaintBased: boolean;
};
export type MetricDefinitions = ReadonlyMap<MetricKey, MetricDefinition>;

export interface MetricDefinitionsState {
  definitions: MetricDefinitions | null;
  fetching: boolean;
  error?: CombinedError;
  retry: () => void;
}

export function useMetricDefinitions(): MetricDefinitionsState {
  const [result, reexecute] = useQuery({ query: MetricDefinitionsDocument });
  const definitions = useMemo(
    () =>
      result.data
        ? new Map(
            result.data.metricDefinitions.map((definition) => [
              definition.key,
              { ...definition, complaintBased: definition.drillable.length > 0 },
            ]),
          )
        : null,
    [result.data],
  );
  return {
    definitions,
    fetching: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/** A text of the registry in the viewer's language. */
export function localized(text: { zh: string; en: string }, language: Language): string {
  return language === 'en' ? text.en : text.zh;
}

export function metricLabel(definition: { labelZh: string; labelEn: string }, language: Language): string {
  return language === 'en' ? definition.labelEn : definition.labelZh;
}

/** What the formatters need of a definition. */
export function metricFormat(definition: MetricDefinition): MetricFormat {
  return { unit: definition.unit, better: definition.better };
}
