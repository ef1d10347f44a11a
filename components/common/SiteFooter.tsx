import { extractionDate } from '@/lib/data/extraction-date';
import { siteText } from '@/lib/i18n/site-messages';
import { langSearch, type Lang, type Theme } from '@/lib/view-state';

/** Every page's footer: when the data was extracted, and a link to /about (how it is made, how to cite). */
export default function SiteFooter({ lang, theme }: { lang: Lang; theme: Theme }) {
  const s = siteText(lang);
  const date = extractionDate();
  return (
    <footer className="site-footer" data-testid="site-footer">
      <p>
        <span data-testid="extraction-date" data-date={date}>{date ? s.extracted(date) : s.noData}</span>
        {' · '}
        <a href={`/about${langSearch({ lang, theme })}`} data-testid="about-link">{s.about}</a>
      </p>
      <p>{s.authoritative}</p>
    </footer>
  );
}
