import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RoomKind } from '@spiegel/domain';
import { newId } from '../../src/common/crypto.js';
import { RoomMember } from '../../src/modules/rooms/room-member.entity.js';
import { Room } from '../../src/modules/rooms/room.entity.js';

export async function buildRoom(
  ds: DataSource,
  organisationId: string,
  memberIds: string[],
  kind: RoomKind = 'group',
  name = 'Groep Voorjaar',
): Promise<Room> {
  const room = ds
    .getRepository(Room)
    .create({ id: newId(), organisationId, kind, name, description: '', agreements: '' });
  await ds.getRepository(Room).insert(room);
  if (memberIds.length) {
    await ds.getRepository(RoomMember).insert(
      memberIds.map((membershipId) => ({
        roomId: room.id,
        membershipId,
        organisationId,
        status: 'active' as const,
      })),
    );
  }
  return room;
}

export const clientId = () => randomUUID();
