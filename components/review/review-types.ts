/** What the /review page passes to its client components (plain data). */
import type { Option } from '@/lib/review/review-options';

export type { Option } from '@/lib/review/review-options';

export interface ReviewOptions {
  /** Province, each prefecture then its counties, and "not in Zhejiang". */
  readonly regions: readonly Option[];
  readonly indicators: readonly Option[];
}

/** The fields of the edit and add forms, as the API takes them. */
export const FORM_FIELDS = ['region_code', 'indicator', 'value', 'unit', 'qualifier', 'direction', 'period_start', 'period_end', 'subject'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Readonly<Record<FormField, string>>;
