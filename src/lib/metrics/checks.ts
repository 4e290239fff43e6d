import type { CaseData } from '../../schemas/case';
import type { Diagnostic, FieldLocator } from '../content/diagnostics';
import { checkMetricSources } from './provenance';
import { checkMetricKeys } from './vocabulary';

/** The checks of a case's metrics beyond its schema: provenance in the body and the vocabulary. */
export function checkCaseMetrics(
  file: string,
  data: CaseData,
  body: string,
  locate: FieldLocator,
): Diagnostic[] {
  return [...checkMetricSources(file, data.metrics, body, locate), ...checkMetricKeys(file, data, locate)];
}
