import { after, connection } from 'next/server';
import Breadcrumb from '@/components/common/Breadcrumb';
import { viewLinks } from '@/components/common/factHref';
import ProblemsNote from '@/components/common/ProblemsNote';
import { jsonProp } from '@/components/common/json-prop';
import HeadlinePanel from '@/components/headline/HeadlinePanel';
import FilterForm from './FilterForm';
import KindSwitch from './KindSwitch';
import Legend from '@/components/map/Legend';
import LevelSwitch from '@/components/map/LevelSwitch';
import MapPanel from '@/components/map/MapPanel';
import RegionTable from '@/components/map/RegionTable';
import ShapelessNote from '@/components/map/ShapelessNote';
import FactsTable from '@/components/table/FactsTable';
import TimelineSection from '@/components/timeline/TimelineSection';
import { statsDb } from '@/lib/db/stats-db';
import { dashboardData } from '@/lib/data/view-data';
import { warmOneClickViews } from '@/lib/data/warm-views';
import { regionChoices } from '@/lib/data/region-names';
import { t } from '@/lib/i18n';
import { hrefFor, parseViewState, viewStateToSearch, type SearchParams } from '@/lib/view-state';

/** The dashboard for one URL state (the state is parsed and the data aggregated on the server). */
export default async function Dashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const state = parseViewState(await searchParams);
  const m = t(state.lang);
  const db = await statsDb();
  const d = await dashboardData(db, state, viewLinks(state));
  // The views one click away, computed ahead once per data (lib/data/warm-views.ts).
  after(() => warmOneClickViews(db, state, d, viewLinks));
  const view = d.map;
  const crumbs = view.crumbs.map((c, i) => ({
    name: c.name,
    href: i === 0 && view.crumbs.length > 1 ? hrefFor('/', state, { region: c.code }) : undefined,
  }));

  return (
    <div className="dashboard" data-metric={d.metric} data-region={state.region} data-level={view.level} data-window={`${state.from ?? ''}|${state.to ?? ''}`}>
      <FilterForm
        key={viewStateToSearch(state)}
        state={state}
        metric={d.metric}
        groups={d.measureGroups}
        regions={jsonProp(regionChoices())}
        papers={d.papers}
      />
      <HeadlinePanel data={d.headline} lang={state.lang} />
      <section className="map-section" aria-labelledby="map-title">
        <h2 id="map-title" className="section-title">{m.map.mapOf(view.view.name)} · {view.measure?.label ?? m.map.noMeasure}</h2>
        <div className="toolbar">
          <Breadcrumb items={crumbs} label={m.crumbs} />
          {d.kinds && <KindSwitch state={state} current={d.kinds.current} choices={d.kinds.choices} />}
          <LevelSwitch view={view} state={state} />
        </div>
        <div className="map-layout">
          <div className="map-card">
            <MapPanel view={view} state={state} />
            <Legend view={view} />
            <p className="hint">{view.view.level === 'province' ? m.map.hintProvince : m.map.hintPrefecture}</p>
          </div>
          <RegionTable view={view} state={state} />
        </div>
        <ShapelessNote view={view} />
      </section>
      <TimelineSection data={d.timeline} state={state} search={viewStateToSearch(state).slice(1)} />
      <section className="table-card" aria-labelledby="facts-title">
        <h2 id="facts-title">{m.table.title}</h2>
        <FactsTable
          state={state}
          table={d.table}
          regionName={d.regionName}
          windowText={d.windowText}
          csvName={`zj-stats-${d.metric}-${state.region}-p${d.table.page}.csv`}
        />
      </section>
      <p className="muted small">{m.totals(view.totals.articles, view.totals.facts, view.unplaced)}</p>
      <ProblemsNote total={d.problems.total} shown={d.problems.shown} lang={state.lang} />
    </div>
  );
}
