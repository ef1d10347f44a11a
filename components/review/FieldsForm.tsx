'use client';

import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { DIRECTIONS, QUALIFIERS, type Direction, type Qualifier } from '@/lib/schema';
import type { ReviewMessages } from '@/lib/i18n/review-messages';
import { FORM_FIELDS, type FormValues, type ReviewOptions } from './review-types';

/**
 * The edit form (and the add form, filled from the selected text): region picker, indicator list,
 * value, unit, qualifier, direction, period, subject. Enter saves, Escape cancels.
 */
export default function FieldsForm({ title, initial, options, m, qualifierLabels, busy, onSave, onCancel }: {
  title: string; initial: FormValues; options: ReviewOptions; m: ReviewMessages;
  qualifierLabels: Readonly<Record<Qualifier, string>>; busy: boolean;
  onSave: (values: FormValues) => void; onCancel: () => void;
}) {
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const q = m.queue;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, String(data.get(f) ?? '').trim()])) as Record<string, string>;
    onSave(values as FormValues);
  }
  function keys(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  }

  return (
    <form id="review-edit" className="rv-form" onSubmit={submit} onKeyDown={keys} aria-label={title}>
      <h3>{title}</h3>
      <label>{q.region}
        <select name="region_code" defaultValue={initial.region_code} ref={first} required>
          {options.regions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label>{q.indicator}
        <select name="indicator" defaultValue={initial.indicator} required>
          <option value="" disabled>{m.form.pickIndicator}</option>
          {options.indicators.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label>{q.value}<input name="value" defaultValue={initial.value} inputMode="decimal" pattern="-?(\d+(\.\d+)?|\.\d+)" required /></label>
      <label>{q.unit}<input name="unit" defaultValue={initial.unit} maxLength={16} /></label>
      <label>{q.qualifier}
        <select name="qualifier" defaultValue={initial.qualifier}>
          {QUALIFIERS.map((x) => <option key={x} value={x}>{qualifierLabels[x]}</option>)}
        </select>
      </label>
      <label>{q.direction}
        <select name="direction" defaultValue={initial.direction}>
          {DIRECTIONS.map((x: Direction) => <option key={x} value={x}>{m.direction[x]}</option>)}
        </select>
      </label>
      <label>{q.periodStart}<input name="period_start" defaultValue={initial.period_start} placeholder="YYYY-MM" pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <label>{q.periodEnd}<input name="period_end" defaultValue={initial.period_end} placeholder="YYYY-MM" pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <label className="rv-wide">{q.subject}<input name="subject" defaultValue={initial.subject} maxLength={200} /></label>
      <div className="rv-form-buttons">
        <button type="submit" disabled={busy}>{m.form.save}</button>
        <button type="button" onClick={onCancel}>{m.form.cancel}</button>
      </div>
    </form>
  );
}
