import { useMediaQuery } from './use-media-query';

/**
 * A touch screen as the main input (a phone or tablet): its keyboard has no Shift+Enter, so Enter must
 * make a new line there and a button sends. Desktop keeps Enter to send.
 */
export const TOUCH_QUERY = '(pointer: coarse), (hover: none)';

export function useTouchInput(): boolean {
  return useMediaQuery(TOUCH_QUERY);
}
