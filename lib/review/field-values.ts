/**
 * What a decision's field may hold: the same checks for a row read from corrections.csv and for a
 * decision sent by a reviewer, so both report the same reason. Pure.
 */
import { DIRECTIONS, EDITABLE_FIELDS, NO_REGION_CODE, QUALIFIERS, SPAN_FIELDS, WITHDRAW_VALUE, isMetricKey, type EditableField, type SpanField } from '../schema';
import { isIndicatorId } from '../indicators';
import { getDivision } from '../regions/divisions';

/** An id as in facts.csv and articles.csv: d505eb955277. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
/** A period: 2019, 2019-03 or 2019-03-21. */
const ISO_PERIOD = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A plain decimal as the extractor writes it: 3000, -13.7, 0.14. */
const DECIMAL = /^-?(\d+(\.\d+)?|\.\d+)$/;
/** An offset into an article's text: 0, 120. */
const OFFSET = /^\d{1,9}$/;
/** Control characters and Unicode format characters (bidi overrides) have no place in a field. */
const CONTROL = /[\p{Cc}\p{Cf}]/u;

export const MAX_TEXT = 200;

export function isEditableField(s: string): s is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(s);
}

export function isSpanField(s: string): s is SpanField {
  return (SPAN_FIELDS as readonly string[]).includes(s);
}

function text(value: string, what: string, required: boolean): string | null {
  if (required && value.trim() === '') return `${what} is empty`;
  if (value !== value.trim()) return `${what} "${value}" has spaces at its ends`;
  if (value.length > MAX_TEXT) return `${what} is longer than ${MAX_TEXT} characters`;
  if (CONTROL.test(value)) return `${what} has control characters`;
  if (value === WITHDRAW_VALUE) return `${what} cannot be the word "${WITHDRAW_VALUE}" (it marks an undo)`;
  return null;
}

/** Why `value` cannot be the value of `field`, or null when it can. */
export function fieldValueProblem(field: EditableField | SpanField, value: string): string | null {
  switch (field) {
    case 'region_code':
      if (value === NO_REGION_CODE || getDivision(value)) return null;
      return `region_code "${value}" is not a Zhejiang division (or ${NO_REGION_CODE})`;
    case 'indicator':
      return isIndicatorId(value) ? null : `indicator "${value}" is unknown`;
    case 'metric':
      return isMetricKey(value) ? null : `metric "${value}" is unknown`;
    case 'value':
      return DECIMAL.test(value) && Number.isFinite(Number(value)) ? null : `value "${value}" is not a plain number`;
    case 'qualifier':
      return (QUALIFIERS as readonly string[]).includes(value) ? null : `qualifier "${value}" is not one of ${QUALIFIERS.join(', ')}`;
    case 'direction':
      return (DIRECTIONS as readonly string[]).includes(value) ? null : `direction "${value}" is not one of ${DIRECTIONS.join(', ')}`;
    case 'period_start':
    case 'period_end':
      return value === '' || ISO_PERIOD.test(value) ? null : `${field} "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
    case 'unit':
      return text(value, 'unit', false) ?? (value.length > 16 ? `unit "${value}" is longer than 16 characters` : null);
    case 'subject':
      return text(value, 'subject', false);
    case 'article_id':
      return ID_PATTERN.test(value) ? null : `article_id "${value}" is not a valid id`;
    case 'start':
    case 'end':
      return OFFSET.test(value) ? null : `${field} "${value}" is not an offset`;
    case 'text':
      return text(value, 'text', true);
  }
}
