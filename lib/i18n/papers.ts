/**
 * Newspaper names for English readers: the Chinese masthead stays (it is what a reader searches
 * and cites), followed by its English name: "浙江法制报 (Zhejiang Legal Daily)".
 */
import type { Lang } from '../view-state';

/** The papers' own English names (as printed on their English pages or in library catalogues). */
export const PAPER_GLOSS: Readonly<Record<string, string>> = {
  '浙江法制报': 'Zhejiang Legal Daily',
  '浙江日报': 'Zhejiang Daily',
  '钱江晚报': 'Qianjiang Evening News',
  '都市快报': 'Metropolis Daily',
  '今日早报': 'Today Morning Express',
  '杭州日报': 'Hangzhou Daily',
  '宁波日报': 'Ningbo Daily',
  '温州日报': 'Wenzhou Daily',
  '法制日报': 'Legal Daily',
  '法治日报': 'Legal Daily',
  '人民公安报': "People's Public Security News",
};

/** "浙江法制报" in Chinese; "浙江法制报 (Zhejiang Legal Daily)" in English (the name alone when unknown). */
export function paperLabel(name: string, lang: Lang): string {
  const gloss = lang === 'en' ? PAPER_GLOSS[name.trim()] : undefined;
  return gloss ? `${name} (${gloss})` : name;
}
