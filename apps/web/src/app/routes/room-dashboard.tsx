import { useParams } from 'react-router';
import { Dashboard } from '../../features/insight/components/dashboard';
import { roomPath } from '../paths';

/** The facilitator dashboard of one group (the API answers 403/404 for anyone else). */
export default function RoomDashboardRoute() {
  const { roomId = '' } = useParams();
  return <Dashboard key={roomId} roomId={roomId} roomHref={roomPath(roomId)} />;
}
