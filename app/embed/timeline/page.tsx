/** /embed/timeline: the dashboard's timeline alone, with its source line, for other sites to frame. */
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { factHref, regionHref } from '@/components/common/factHref';
import EmbedFrame from '@/components/embed/EmbedFrame';
import LazyEmbedTimeline from '@/components/embed/LazyEmbedTimeline';
import { dashboardPath } from '@/components/embed/embed-urls';
import { statsDb } from '@/lib/db/stats-db';
import { regionDisplay } from '@/lib/data/region-names';
import { REGION_TREE } from '@/lib/data/regions';
import { formatSourceLine } from '@/lib/data/source-line';
import { embedTimelineData, sourceLineData } from '@/lib/data/view-data';
import { withReviewNote } from '@/lib/i18n/review-messages';
import { timelineTitle } from '@/lib/export/timeline-export';
import { parseViewState, type SearchParams } from '@/lib/view-state';

export const metadata: Metadata = { title: '时间线 · 浙江平安统计', robots: { index: false } };

/** /embed/timeline?metric=…&region=…&from=…&to=…&paper=…&lang=zh|en&theme=light|dark: the timeline alone. */
export default async function EmbedTimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const state = parseViewState(params);
  // title=0: the host prints its own title.
  const showTitle = params.title !== '0';
  const lang = state.lang;
  const db = await statsDb();
  const names = (code: string, fallback: string) => regionDisplay(code, fallback, lang);
  const data = await embedTimelineData(db, state, {
    fact: (a, f) => factHref(a, f, lang),
    region: (c) => regionHref(c, lang),
  });
  const line = await sourceLineData(db, {
    metric: data.measure.id, region: state.region, from: state.from, to: state.to, paper: state.paper, reviewed: state.reviewed,
    codes: data.series.map((s) => s.code),
  }, 'region');
  const source = withReviewNote(formatSourceLine(line, lang), state.reviewed, lang);
  const title = timelineTitle(names(state.region, REGION_TREE.get(state.region)?.name ?? ''), data, lang);
  const dashboardHref = dashboardPath('timeline', state);
  return (
    <EmbedFrame title={title} source={source} dashboardHref={dashboardHref} lang={lang} theme={state.theme} showTitle={showTitle}>
      <LazyEmbedTimeline data={data} state={state} title={title} source={source} dashboardHref={dashboardHref} />
    </EmbedFrame>
  );
}
