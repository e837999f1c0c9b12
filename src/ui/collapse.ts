// Long lists show their first items and a “Xem tất cả (40)” button that reveals the rest in place (no scroll box
// inside the sidebar hides entries). The click is handled once for the whole page in sidebar.ts.
import { esc } from './format';
import { text } from './messages';

/** `items` (already <li>) in a list, the ones after `first` hidden until the button is pressed. */
export function collapsibleList(tag: 'ol' | 'ul', attrs: string, items: string[], first: number): string {
  if (items.length <= first + 1) return `<${tag} ${attrs}>${items.join('')}</${tag}>`;
  const shown = items.slice(0, first).join('');
  const rest = items
    .slice(first)
    .map((li) => li.replace(/^<li\b/, '<li data-more hidden'))
    .join('');
  return (
    `<${tag} ${attrs}>${shown}${rest}</${tag}>` +
    `<button type="button" class="link-button" data-show-all aria-expanded="false">${esc(text.showAll(items.length))}</button>`
  );
}
