import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-session';
import { RoomView } from '../../features/rooms/components/room-view';
import { dashboardPath } from '../insight-paths';
import { storyPath } from '../paths';

// Facilitators only: its own chunk, loaded when a host opens a room.
const LiveSessionPanel = lazy(() =>
  import('../../features/insight/components/live-session-panel').then((m) => ({
    default: m.LiveSessionPanel,
  })),
);

export default function RoomRoute() {
  const me = useMe();
  const { roomId = '' } = useParams();
  const navigate = useNavigate();
  if (!me) return null;
  return (
    <RoomView
      key={roomId}
      roomId={roomId}
      me={me}
      storyHref={(storyId) => storyPath(roomId, storyId)}
      hostPanel={
        <Suspense fallback={null}>
          <LiveSessionPanel roomId={roomId} dashboardHref={dashboardPath(roomId)} />
        </Suspense>
      }
      onRemoved={(roomName) =>
        void navigate('/', { replace: true, state: { roomNotice: 'removed', roomName: roomName ?? '' } })
      }
    />
  );
}
