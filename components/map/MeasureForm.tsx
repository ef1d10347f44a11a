'use client';

import Form from 'next/form';
import { useRef } from 'react';
import type { MapViewData } from '@/lib/data/view-types';

/** Measure and time window; the state lives in the URL (?metric=&region=&from=&to=). */
export default function MeasureForm({ view }: { view: MapViewData }) {
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  return (
    <Form action="/" ref={form} className="measure-form" aria-label="选择统计">
      <label>
        <span>统计指标</span>
        <select name="metric" defaultValue={view.measure?.id} onChange={submit} data-testid="metric-select">
          {view.measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}（{m.factCount}条）
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>起</span>
        <select name="from" defaultValue={view.window.from ?? ''} onChange={submit}>
          <option value="">不限</option>
          {view.years.map((y) => <option key={y} value={y}>{y}年</option>)}
        </select>
      </label>
      <label>
        <span>止</span>
        <select name="to" defaultValue={view.window.to ?? ''} onChange={submit}>
          <option value="">不限</option>
          {view.years.map((y) => <option key={y} value={y}>{y}年</option>)}
        </select>
      </label>
      {view.view.level !== 'province' && <input type="hidden" name="region" value={view.view.code} />}
      <noscript>
        <button type="submit">应用</button>
      </noscript>
    </Form>
  );
}
