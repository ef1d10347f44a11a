'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Qualifier } from '@/lib/schema';
import { QUALIFIER_LABEL } from '@/lib/i18n/format';
import { reviewText } from '@/lib/i18n/review-messages';
import type { Lang } from '@/lib/view-state';
import type { Progress, QueuePage, ReviewItem } from '@/lib/review/queue';
import { readFigure } from '@/lib/review/read-figure';
import ArticleContext, { type ContextArticle } from './ArticleContext';
import FieldsForm from './FieldsForm';
import ItemView from './ItemView';
import ProgressView from './ProgressView';
import { initialQueue, queueReducer, type Undoable } from './queue-state';
import { decide, morePage, undo as undoDecision } from './review-api';
import { FORM_FIELDS, type FormValues, type ReviewOptions } from './review-types';
import { selectedFigure, type Selected } from './selection';

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'add'; span: Selected; initial: FormValues };

const valuesOf = (i: ReviewItem): FormValues => ({
  region_code: i.regionCode, indicator: i.indicator, value: i.value, unit: i.unit, qualifier: i.qualifier,
  direction: i.direction, period_start: i.periodStart, period_end: i.periodEnd, subject: i.subject,
});

const typing = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('input, select, textarea, [contenteditable="true"]');

/**
 * The keyboard-first queue: y confirm, n reject, e edit, a add the selected figure, u undo,
 * j/k next/previous, c the whole article. A decision is saved (on disk) before the next item
 * shows; a failed save says so and keeps the item.
 */
export default function ReviewWorkbench({ initial, query, lang, options, initialProgress }: {
  initial: QueuePage; query: string; lang: Lang; options: ReviewOptions; initialProgress: Progress;
}) {
  const m = reviewText(lang);
  const qualifierLabels = QUALIFIER_LABEL[lang];
  const [q, dispatch] = useReducer(queueReducer, initial, initialQueue);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [busy, setBusy] = useState(false);
  const [message, setMessageState] = useState<{ error: boolean; text: string; seq: number }>({ error: false, text: '', seq: 0 });
  // Each message counts up, so a repeated text (two saves in a row) is still news.
  const setMessage = (m: { error: boolean; text: string }) => setMessageState((old) => ({ ...m, seq: old.seq + 1 }));
  const [progress, setProgress] = useState(initialProgress);
  const [contextOpen, setContextOpen] = useState(false);
  const context = useRef<ContextArticle | null>(null);
  const onContext = useCallback((a: ContextArticle | null) => { context.current = a; }, []);
  const item = q.items[q.index];
  const label = (list: ReviewOptions['indicators'], v: string) => list.find((o) => o.value === v)?.label ?? v;

  // Load the next page when the reviewer nears the end of what is loaded.
  useEffect(() => {
    if (q.next === null || q.index < q.items.length - 3) return;
    let live = true;
    void morePage(query, q.next).then((page) => live && page && dispatch({ type: 'more', page }));
    return () => { live = false; };
  }, [q.index, q.items.length, q.next, query]);

  async function send(body: unknown, undo: (factId: string, fields: Undoable['fields']) => Undoable, advance: boolean, what: string) {
    setBusy(true);
    setMessage({ error: false, text: m.queue.saving });
    const r = await decide(body);
    setBusy(false);
    if (!r.ok || !r.data?.item) {
      setMessage({ error: true, text: m.queue.failed(r.error || `HTTP ${r.status}`) });
      return false;
    }
    dispatch({ type: 'decided', item: r.data.item, undo: undo(r.data.factId, r.data.fields), advance });
    setProgress(r.data.progress);
    setMessage({ error: false, text: m.queue.saved(what) });
    setMode({ kind: 'view' });
    return true;
  }

  async function undoLast() {
    const last = q.undo.at(-1);
    if (!last) return setMessage({ error: false, text: m.queue.nothingToUndo });
    setBusy(true);
    const r = await undoDecision(last);
    setBusy(false);
    if (!r.ok || !r.data) return setMessage({ error: true, text: m.queue.failed(r.error) });
    dispatch({ type: 'undone', factId: last.factId, item: r.data.item });
    setProgress(r.data.progress);
    setMessage({ error: false, text: m.queue.undone });
  }

  function startAdd() {
    if (!item) return;
    const slice = (id: string, start: number, end: number) => {
      if (context.current?.articleId === id) return context.current.text.slice(start, end);
      const p = item.paragraph;
      return id === item.articleId && start >= p.start && end <= p.start + p.text.length ? p.text.slice(start - p.start, end - p.start) : undefined;
    };
    const span = selectedFigure(slice);
    if (!span) return setMessage({ error: true, text: m.queue.selectFirst });
    const read = readFigure(span.text);
    const initial: FormValues = { ...valuesOf(item), indicator: '', subject: '', value: read?.value ?? '', unit: read?.unit ?? '', qualifier: read?.qualifier ?? 'exact', direction: 'none' };
    setMode({ kind: 'add', span, initial });
  }

  function saveForm(values: FormValues) {
    if (!item) return;
    if (mode.kind === 'add') {
      const fields = Object.fromEntries(FORM_FIELDS.filter((f) => values[f] !== '').map((f) => [f, values[f]]));
      const { articleId, start, end } = mode.span;
      void send({ action: 'add', articleId, start, end, fields }, (factId, f) => ({ factId, action: 'add', fields: f }), false, m.queue.action.add);
      return;
    }
    const before = valuesOf(item);
    const changed = Object.fromEntries(FORM_FIELDS.filter((f) => values[f] !== before[f]).map((f) => [f, values[f]]));
    if (Object.keys(changed).length === 0) return setMessage({ error: false, text: m.form.unchanged });
    void send({ action: 'edit', factId: item.factId, fields: changed }, (factId, f) => ({ factId, action: 'edit', fields: f }), true, m.queue.action.edit);
  }

  const keyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  keyRef.current = (e: KeyboardEvent) => {
    if (mode.kind !== 'view' || busy || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const verdict = (action: 'confirm' | 'reject') => item && void send({ action, factId: item.factId }, (factId) => ({ factId, action, fields: [''] }), true, m.queue.action[action]);
    const keys: Record<string, () => void> = {
      y: () => verdict('confirm'), n: () => verdict('reject'), e: () => item && setMode({ kind: 'edit' }), a: startAdd,
      u: () => void undoLast(), j: () => dispatch({ type: 'move', by: 1 }), k: () => dispatch({ type: 'move', by: -1 }),
      c: () => setContextOpen((o) => !o),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyRef.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="rv-workbench">
      <div className="rv-main" id="review-queue" aria-busy={busy}>
        <p className="rv-position">{item ? m.queue.position(q.index + 1, q.items.length, q.total) : q.items.length === 0 ? m.queue.empty : q.next ? m.queue.loadingMore : m.queue.end}</p>
        {item && <ItemView item={item} m={m} indicatorLabel={label(options.indicators, item.indicator)} qualifierLabel={qualifierLabels[item.qualifier as Qualifier] ?? item.qualifier} />}
        <p role="status" id="review-message" data-seq={message.seq} className={message.error ? 'review-error' : 'rv-ok'}>{message.text}</p>
        {item && mode.kind === 'edit' && <FieldsForm key={`e-${item.factId}`} title={m.form.editTitle} initial={valuesOf(item)} options={options} m={m} qualifierLabels={qualifierLabels} busy={busy} onSave={saveForm} onCancel={() => setMode({ kind: 'view' })} />}
        {item && mode.kind === 'add' && <FieldsForm key={`a-${mode.span.start}`} title={m.form.addTitle(mode.span.text)} initial={mode.initial} options={options} m={m} qualifierLabels={qualifierLabels} busy={busy} onSave={saveForm} onCancel={() => setMode({ kind: 'view' })} />}
        {item && (
          <details open={contextOpen} onToggle={(e) => setContextOpen((e.target as HTMLDetailsElement).open)}>
            <summary>{contextOpen ? m.queue.hideContext : m.queue.context}</summary>
            {contextOpen && <ArticleContext item={item} onLoad={onContext} />}
          </details>
        )}
      </div>
      <aside className="rv-side">
        <section aria-labelledby="rv-keys"><h2 id="rv-keys">{m.queue.keys}</h2>
          <ul className="rv-keys">{m.queue.keyHelp.map(([k, what]) => <li key={k}><kbd>{k}</kbd> {what}</li>)}</ul>
        </section>
        <ProgressView progress={progress} m={m.page} indicatorLabel={(id) => label(options.indicators, id)} />
      </aside>
    </div>
  );
}
