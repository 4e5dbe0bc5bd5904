import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-session';
import { StoryThread } from '../../features/rooms/components/story-thread';
import { roomPath } from '../paths';

export default function StoryRoute() {
  const me = useMe();
  const { roomId = '', storyId = '' } = useParams();
  const navigate = useNavigate();
  if (!me) return null;
  return (
    <StoryThread
      key={storyId}
      roomId={roomId}
      storyId={storyId}
      me={me}
      roomHref={roomPath(roomId)}
      onRemoved={() => void navigate('/', { replace: true, state: { roomNotice: 'removed', roomName: '' } })}
    />
  );
}
