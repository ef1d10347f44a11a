import type { ReactNode } from 'react';
import '@/components/embed/embed-ui.css';
import './embed.css';

/** /embed/*: no site chrome (embed.css hides the root layout's header and footer). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
