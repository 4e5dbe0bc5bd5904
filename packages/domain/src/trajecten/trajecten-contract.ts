/**
 * Trajecten and enrolments: what crosses the wire between api and web (apps/api/src/modules/trajecten).
 */
import type { RoomMemberView } from '../realtime-events.js';

export const TRAJECT_STATUSES = ['gepland', 'lopend', 'afgerond'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSES)[number];

export const ENROLMENT_STATUSES = ['invited', 'active', 'left', 'completed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export interface TrajectSummary {
  id: string;
  name: string;
  description: string;
  /** yyyy-mm-dd */
  startsOn: string;
  /** yyyy-mm-dd */
  endsOn: string;
  status: TrajectStatus;
  roomId: string;
  closedEarly: boolean;
  counts: Record<EnrolmentStatus, number>;
  /** How the caller relates to it. */
  you: { facilitator: boolean; admin: boolean; enrolment: { id: string; status: EnrolmentStatus } | null };
}

export interface TrajectSessionView {
  id: string;
  startsAt: string;
  title: string;
  /** Planned after the traject was closed early: it will not take place. */
  cancelled: boolean;
}

export interface EnrolmentView {
  id: string;
  member: RoomMemberView;
  status: EnrolmentStatus;
  consentFollowUp: boolean;
  invitedAt: string;
  consentAt: string | null;
  leftAt: string | null;
  /** Only what the person wrote themselves when leaving. */
  leftNote: string | null;
  completedAt: string | null;
}

export interface TrajectDetail extends TrajectSummary {
  sessions: TrajectSessionView[];
  facilitators: RoomMemberView[];
  /** For admins and the traject's facilitators only. */
  enrolments: EnrolmentView[] | null;
}

/** A participant's own enrolment, with the traject it belongs to. */
export interface MyEnrolment {
  id: string;
  status: EnrolmentStatus;
  consentFollowUp: boolean;
  traject: Pick<TrajectSummary, 'id' | 'name' | 'description' | 'startsOn' | 'endsOn' | 'status' | 'roomId'>;
}
