import { MyPath } from '../../features/insight/components/my-path';

/** "Mijn pad": for everyone, about themselves only. */
export default function MijnPadRoute() {
  return <MyPath />;
}
