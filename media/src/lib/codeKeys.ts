// Keyboard use of code blocks: j/k or Alt+Down/Up move between blocks; on a focused block c = Copy,
// i = Insert at Cursor, o = Open in Editor, l = language; Enter enters its header buttons (arrow keys move,
// Escape returns to the block).
import type { WebviewMessage } from '../../../src/reader/protocol';

const BLOCK = 'figure.code-block';

export const ACTION_MESSAGES: Record<string, (index: number) => WebviewMessage> = {
  copy: index => ({ type: 'copyCode', index }),
  insert: index => ({ type: 'insertCode', index }),
  open: index => ({ type: 'openCode', index }),
  setLanguage: index => ({ type: 'setLanguage', index }),
};

const KEY_ACTIONS: Record<string, string> = { c: 'copy', i: 'insert', o: 'open', l: 'setLanguage' };

export function handleCodeKeys(event: KeyboardEvent, root: HTMLElement, post: (message: WebviewMessage) => void): boolean {
  if (event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement;
  const block = target.closest?.<HTMLElement>(BLOCK);

  const next = (!event.altKey && event.key === 'j') || (event.altKey && event.key === 'ArrowDown');
  const previous = (!event.altKey && event.key === 'k') || (event.altKey && event.key === 'ArrowUp');
  if (next || previous) {
    moveBetweenBlocks(root, block, next ? 1 : -1);
    return true;
  }
  if (!block || event.altKey || event.shiftKey) return false;
  const index = Number(block.dataset.index);

  if (target === block) {
    const action = KEY_ACTIONS[event.key];
    if (action) {
      post(ACTION_MESSAGES[action](index));
      return true;
    }
    if (event.key === 'Enter') {
      block.querySelector<HTMLButtonElement>('.code-header button')?.focus();
      return true;
    }
    return false;
  }

  // Inside the header: arrows move between its buttons, Escape goes back to the block.
  if (target instanceof HTMLButtonElement && block.contains(target)) {
    const buttons = [...block.querySelectorAll<HTMLButtonElement>('.code-header button')];
    const at = buttons.indexOf(target);
    if (event.key === 'ArrowRight') buttons[(at + 1) % buttons.length].focus();
    else if (event.key === 'ArrowLeft') buttons[(at - 1 + buttons.length) % buttons.length].focus();
    else if (event.key === 'Escape') block.focus();
    else return false;
    return true;
  }
  return false;
}

/** Focuses the next/previous block from the focused one, or from the top of the viewport. */
function moveBetweenBlocks(root: HTMLElement, current: HTMLElement | null | undefined, direction: 1 | -1): void {
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCK)];
  if (blocks.length === 0) return;
  let at = current ? blocks.indexOf(current) : -1;
  if (at < 0) {
    // Nothing focused: start from what is on screen.
    const firstVisible = blocks.findIndex(b => b.getBoundingClientRect().bottom > 0);
    at = firstVisible < 0 ? blocks.length : direction === 1 ? firstVisible - 1 : firstVisible + 1;
    if (firstVisible >= 0 && direction === 1 && blocks[firstVisible].getBoundingClientRect().top >= 0) at = firstVisible - 1;
  }
  const target = blocks[Math.max(0, Math.min(blocks.length - 1, at + direction))];
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}
