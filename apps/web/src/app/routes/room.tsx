import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-session';
import { RoomView } from '../../features/rooms/components/room-view';
import { storyPath } from '../paths';

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
      onRemoved={(roomName) =>
        void navigate('/', { replace: true, state: { roomNotice: 'removed', roomName: roomName ?? '' } })
      }
    />
  );
}
