import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import QualityTable from '@/components/about/QualityTable';
import qualityJson from '@/data/quality.json';
import { extractionDate } from '@/lib/data/extraction-date';
import { loadDataset } from '@/lib/data/load';
import { checkQualityReport, type QualityReport } from '@/lib/eval/quality-report';
import { INDICATORS } from '@/lib/indicators';
import { t } from '@/lib/i18n';
import { aboutText } from '@/lib/i18n/about-messages';
import { METRIC_KEYS } from '@/lib/schema';
import { langSearch, parseViewState, type SearchParams } from '@/lib/view-state';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { lang } = parseViewState(await searchParams);
  return { title: `${aboutText(lang).title} · ${t(lang).site.title}` };
}

function quality(): QualityReport | null {
  try {
    return checkQualityReport(qualityJson, 'data/quality.json');
  } catch (e) {
    console.warn(`[about] ${(e as Error).message}`);
    return null;
  }
}

/** /about: how the figures are made, how good they are (measured), what an indicator is, how to cite. */
export default async function AboutPage({ searchParams }: Props) {
  await connection();
  const { lang } = parseViewState(await searchParams);
  const a = aboutText(lang);
  const m = t(lang);
  const date = extractionDate();
  const ds = loadDataset();
  const today = new Date().toISOString().slice(0, 10);
  const host = (await headers()).get('host') ?? '';
  const link = `${host ? `http://${host}` : ''}/${langSearch({ lang, theme: 'light' })}`;
  return (
    <div className="about-page prose">
      <h1>{a.title}</h1>
      <p>{a.intro}</p>

      <section aria-labelledby="about-pipeline">
        <h2 id="about-pipeline">{a.pipelineTitle}</h2>
        <ol>{a.pipeline.map((s) => <li key={s}>{s}</li>)}</ol>
      </section>

      <section aria-labelledby="about-quality" data-testid="about-quality">
        <h2 id="about-quality">{a.qualityTitle}</h2>
        <QualityTable report={quality()} lang={lang} />
      </section>

      <section aria-labelledby="about-indicators">
        <h2 id="about-indicators">{a.indicatorTitle}</h2>
        <p>{a.indicatorText}</p>
        <p>{a.indicatorList}</p>
        <dl className="indicator-list" data-testid="indicator-list">
          {METRIC_KEYS.map((metric) => (
            <div key={metric}>
              <dt>{m.metrics[metric]}</dt>
              <dd>{INDICATORS.filter((i) => i.metric === metric).map((i) => (lang === 'en' ? i.en : i.zh)).join(lang === 'en' ? ', ' : '、')}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="about-cite">
        <h2 id="about-cite">{a.citeTitle}</h2>
        <p>{a.citeText}</p>
        <blockquote className="cite-example">{a.citeExample(today, link)}</blockquote>
      </section>

      <section aria-labelledby="about-data" data-testid="about-data">
        <h2 id="about-data">{a.dataTitle}</h2>
        <p>{date ? a.extracted(date) : a.noData} {a.stats(ds.articles.length, ds.facts.length)}</p>
      </section>
    </div>
  );
}
