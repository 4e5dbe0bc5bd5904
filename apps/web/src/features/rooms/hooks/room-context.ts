import type { RoomKind } from '@spiegel/domain';
import { createContext, useContext } from 'react';

/** What every contribution in a room needs to know about who is looking. */
export interface RoomViewContextValue {
  roomId: string;
  roomName: string;
  roomKind: RoomKind;
  myMembershipId: string;
  /** A facilitator or admin member of this room: sees phase tags and crisis flags, can hide. */
  isHost: boolean;
  /** The host's "fasen tonen" switch. */
  showPhases: boolean;
  mutedIds: ReadonlySet<string>;
}

export const RoomViewContext = createContext<RoomViewContextValue | null>(null);

export function useRoomView(): RoomViewContextValue {
  const value = useContext(RoomViewContext);
  if (!value) throw new Error('useRoomView outside a room');
  return value;
}
