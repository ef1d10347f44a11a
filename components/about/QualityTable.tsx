import type { QualityReport } from '@/lib/eval/quality-report';
import { aboutText } from '@/lib/i18n/about-messages';
import type { Lang } from '@/lib/view-state';

/** The measured quality of the extractor (data/quality.json, written by `npm run quality`). */
export default function QualityTable({ report, lang }: { report: QualityReport | null; lang: Lang }) {
  const a = aboutText(lang);
  if (!report) return <p className="empty">{a.qualityMissing}</p>;
  const rows = [
    ['precision', a.qualityRows.precision, report.precision],
    ['recall', a.qualityRows.recall, report.recall],
    ['f1', a.qualityRows.f1, report.f1],
    ['metric', a.qualityRows.metric, report.metricAccuracy],
    ['indicator', a.qualityRows.indicator, report.indicatorAccuracy],
  ] as const;
  return (
    <>
      <p>{a.qualityLead(report.date, report.texts, report.required)}</p>
      <table className="data-table" data-testid="quality-table" data-date={report.date}>
        <thead>
          <tr><th scope="col">{a.qualityCols.measure}</th><th scope="col" className="num">{a.qualityCols.value}</th><th scope="col">{a.qualityCols.means}</th></tr>
        </thead>
        <tbody>
          {rows.map(([key, [name, means], value]) => (
            <tr key={key} data-key={key}>
              <th scope="row" data-label={a.qualityCols.measure}>{name}</th>
              <td className="num" data-label={a.qualityCols.value} data-value={value}>{value.toFixed(3)}</td>
              <td data-label={a.qualityCols.means}>{means}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{a.reproduce} <code>{report.command}</code></p>
    </>
  );
}
