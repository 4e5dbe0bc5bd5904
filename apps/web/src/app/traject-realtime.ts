import { useQueryClient } from '@tanstack/react-query';
import { mentorKeys } from '../features/mentors/api/query-keys';
import { nazorgKeys } from '../features/nazorg/api/query-keys';
import { trajectKeys } from '../features/trajecten/api/query-keys';
import { useSocketEvent } from '../lib/socket';

/**
 * Trajecten, Na afloop and mentor pages follow their notifications live: an invitation shows on home,
 * a request for contact shows on "Mentor worden", without a reload.
 */
export function useTrajectRealtime(): void {
  const client = useQueryClient();
  useSocketEvent('notification:new', (n) => {
    switch (n.kind) {
      case 'enrolment_invite':
      case 'traject_completed':
        void client.invalidateQueries({ queryKey: trajectKeys.all });
        break;
      case 'mentor_request':
      case 'mentor_accepted':
      case 'mentor_declined':
      case 'mentorship_ended':
        void client.invalidateQueries({ queryKey: mentorKeys.all });
        break;
      case 'zwart_gat_high':
        void client.invalidateQueries({ queryKey: nazorgKeys.all });
        break;
      default:
        break;
    }
  });
}
