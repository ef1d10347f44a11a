'use client';

import { useRouter } from 'next/navigation';
import { useRef, useTransition, type FormEvent } from 'react';
import type { RegionChoice } from '@/lib/data/region-names';
import { useJsonProp, type JsonProp } from '@/components/common/json-prop';
import { t } from '@/lib/i18n';
import { paperLabel } from '@/lib/i18n/papers';
import { reviewText } from '@/lib/i18n/review-messages';
import { langSearch, parseViewState, viewStateToSearch, withState, type ViewState } from '@/lib/view-state';
import RegionPicker from './RegionPicker';

export interface MeasureGroup {
  readonly label: string;
  readonly options: readonly { readonly id: string; readonly label: string; readonly factCount: number }[];
}

export interface FilterFormProps {
  readonly state: ViewState;
  /** The measure shown (after fallback), for the select's value. */
  readonly metric: string;
  readonly groups: readonly MeasureGroup[];
  /** Every region the picker finds (as JSON: the search needs it, the first render does not; see json-prop). */
  readonly regions: JsonProp<readonly RegionChoice[]>;
  readonly papers: readonly { readonly name: string; readonly articles: number }[];
}

/**
 * Measure, region, time window and paper. A GET form on "/" (works without JavaScript); with
 * JavaScript the URL is written by viewStateToSearch, so it only carries non-default values.
 */
export default function FilterForm({ state, metric, groups, regions, papers }: FilterFormProps) {
  const m = t(state.lang);
  const choices = useJsonProp(regions);
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const go = (patch: Partial<ViewState> = {}) => {
    const el = form.current;
    if (!el) return;
    const fields: Record<string, string> = {};
    new FormData(el).forEach((v, k) => {
      if (typeof v === 'string' && v.trim() !== '') fields[k] = v.trim();
    });
    const next = withState(state, { ...parseFields(fields, state), ...patch });
    startTransition(() => router.push(`/${viewStateToSearch(next)}`, { scroll: false }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go();
  };

  return (
    <form action="/" method="get" ref={form} className="filter-form" aria-label={m.filters.label} onSubmit={submit} data-pending={pending ? 'true' : 'false'}>
      <label>
        <span>{m.filters.metric}</span>
        <select name="metric" defaultValue={metric} onChange={() => go()} data-testid="metric-select">
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.id} value={o.id}>{state.lang === 'zh' ? `${o.label}（${m.measure.facts(o.factCount)}）` : `${o.label} (${m.measure.facts(o.factCount)})`}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <RegionPicker choices={choices} value={state.region} lang={state.lang} onPick={(code) => go({ region: code })} />
      <input type="hidden" name="region" value={state.region} />
      <fieldset className="window-fields">
        <legend>{m.filters.window}</legend>
        <label>
          <span>{m.filters.from}</span>
          <input name="from" defaultValue={state.from ?? ''} placeholder="YYYY-MM" pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} inputMode="numeric" data-testid="from-input" />
        </label>
        <label>
          <span>{m.filters.to}</span>
          <input name="to" defaultValue={state.to ?? ''} placeholder="YYYY-MM" pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} inputMode="numeric" data-testid="to-input" />
        </label>
      </fieldset>
      <label>
        <span>{m.filters.paper}</span>
        <select name="paper" defaultValue={state.paper ?? ''} onChange={() => go()} data-testid="paper-select">
          <option value="">{m.filters.allPapers}</option>
          {papers.map((p) => <option key={p.name} value={p.name}>{paperLabel(p.name, state.lang)}</option>)}
        </select>
      </label>
      <label className="reviewed-only">
        <input type="checkbox" name="reviewed" value="1" defaultChecked={state.reviewed} onChange={() => go()} data-testid="reviewed-only" />
        <span>{reviewText(state.lang).readers.onlyReviewed}</span>
      </label>
      {state.lang !== 'zh' && <input type="hidden" name="lang" value={state.lang} />}
      {state.theme !== 'light' && <input type="hidden" name="theme" value={state.theme} />}
      <button type="submit" data-testid="apply-filters">{m.filters.apply}</button>
      <a href={`/${langSearch(state)}`} className="small-link" data-testid="reset-filters">{m.filters.reset}</a>
    </form>
  );
}

/** The form's fields as a state patch (empty fields: no bound, all papers). */
function parseFields(fields: Record<string, string>, state: ViewState): Partial<ViewState> {
  const parsed = parseViewState({ ...fields, lang: state.lang, theme: state.theme, sort: state.sort, dir: state.dir });
  return { metric: parsed.metric, region: parsed.region, from: parsed.from, to: parsed.to, paper: parsed.paper, reviewed: parsed.reviewed };
}
