'use client';

import { useId, useRef, useState } from 'react';
import type { EmbedState, Lang } from './embed-state';
import { iframeSnippet, type EmbedChart } from './embed-urls';

export interface EmbedButtonProps {
  readonly chart: EmbedChart;
  readonly state: EmbedState;
  /** The frame's accessible name (the chart's title). */
  readonly title: string;
  readonly lang: Lang;
}

const LABELS = {
  zh: { open: '嵌入', heading: '嵌入此图表', hint: '将以下代码粘贴到网页中：图表随网页宽度缩放，高度自动调整。', copy: '复制代码', copied: '已复制', close: '关闭', label: '嵌入代码' },
  en: { open: 'Embed', heading: 'Embed this chart', hint: 'Paste this code into a web page: the chart fits the page width and sets its own height.', copy: 'Copy code', copied: 'Copied', close: 'Close', label: 'Embed code' },
} as const;

async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (e.g. inside some frames): select the text and use the old command.
    if (!area) return false;
    area.focus();
    area.select();
    return document.execCommand('copy');
  }
}

/** "Embed" button: a modal dialog with the <iframe> snippet of the current view and a copy button. */
export default function EmbedButton({ chart, state, title, lang }: EmbedButtonProps) {
  const t = LABELS[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [snippet, setSnippet] = useState('');
  const [status, setStatus] = useState('');
  const headingId = useId();

  function open() {
    setSnippet(iframeSnippet({ origin: window.location.origin, chart, state, title }));
    setStatus('');
    dialog.current?.showModal();
  }

  async function copy() {
    setStatus((await copyText(snippet, area.current)) ? t.copied : '');
  }

  return (
    <>
      <button type="button" className="chart-action" data-testid="embed-open" aria-haspopup="dialog" onClick={open}>
        {t.open}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} data-testid="embed-dialog">
        <h2 id={headingId}>{t.heading}</h2>
        <p className="muted small">{t.hint}</p>
        <label className="embed-code-label">
          {t.label}
          <textarea ref={area} readOnly value={snippet} rows={10} spellCheck={false} data-testid="embed-snippet" onFocus={(e) => e.currentTarget.select()} />
        </label>
        <div className="embed-dialog-actions">
          <button type="button" className="chart-action" data-testid="embed-copy" onClick={() => void copy()}>{t.copy}</button>
          <span role="status" aria-live="polite" className="muted small">{status}</span>
          <button type="button" className="chart-action" onClick={() => dialog.current?.close()}>{t.close}</button>
        </div>
      </dialog>
    </>
  );
}
