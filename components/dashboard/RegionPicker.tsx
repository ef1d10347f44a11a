'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { RegionChoice } from '@/lib/data/region-names';
import type { Lang } from '@/lib/view-state';
import { t } from '@/lib/i18n';

const MAX_SHOWN = 12;

/** "Lin'an" and "lin an" both find 临安区. */
export function normalise(q: string): string {
  return q.toLowerCase().replace(/['’\s]/g, '');
}

/** Regions matching the query by Chinese name, short name, pinyin or initials; best first. */
export function matchRegions(choices: readonly RegionChoice[], query: string): RegionChoice[] {
  const q = normalise(query);
  if (!q) return [];
  const scored = choices
    .map((c) => {
      const keys = c.keys.split(' ');
      const rank = keys.some((k) => k.startsWith(q)) ? 0 : c.keys.replace(/\s/g, '').includes(q) ? 1 : -1;
      return { c, rank };
    })
    .filter((x) => x.rank >= 0);
  const levelOrder = { province: 0, prefecture: 1, county: 2 } as const;
  scored.sort((a, b) => a.rank - b.rank || levelOrder[a.c.level] - levelOrder[b.c.level] || a.c.code.localeCompare(b.c.code));
  return scored.slice(0, MAX_SHOWN).map((x) => x.c);
}

export interface RegionPickerProps {
  readonly choices: readonly RegionChoice[];
  readonly value: string;
  readonly lang: Lang;
  /** Called with the chosen code (the form then submits). */
  readonly onPick: (code: string) => void;
}

/** A searchable region box (ARIA combobox): type a name or pinyin, arrows to move, Enter to choose. */
export default function RegionPicker({ choices, value, lang, onPick }: RegionPickerProps) {
  const m = t(lang).filters;
  const id = useId();
  const current = choices.find((c) => c.code === value);
  const label = (c: RegionChoice) => (lang === 'en' ? `${c.name} ${c.pinyin}` : c.name);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchRegions(choices, query), [choices, query]);

  const choose = (c: RegionChoice) => {
    setOpen(false);
    setQuery('');
    onPick(c.code);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = matches.length;
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault(); // never submit the typed text
      const c = matches[active];
      if (open && c) choose(c);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  return (
    <div className="region-picker">
      <label htmlFor={`${id}-input`}>{m.region}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-opt-${matches[active]!.code}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={current ? label(current) : m.regionSearch}
        value={query}
        autoComplete="off"
        data-testid="region-search"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <span id={`${id}-hint`} className="visually-hidden">{m.regionHint}</span>
      <span className="region-current" data-testid="region-current">{current ? label(current) : ''}</span>
      {open && query && (
        <ul id={listId} role="listbox" className="region-options" aria-label={m.region}>
          {matches.length === 0 && <li className="muted" role="presentation">{m.noRegionMatch}</li>}
          {matches.map((c, i) => (
            <li
              key={c.code}
              id={`${id}-opt-${c.code}`}
              role="option"
              aria-selected={i === active}
              data-code={c.code}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              {label(c)}
              {c.parentName && <span className="muted small"> · {c.parentName}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
