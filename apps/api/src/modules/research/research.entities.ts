import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';
import { Enrolment } from '../trajecten/enrolment.entity.js';
import { Traject } from '../trajecten/traject.entity.js';

/**
 * One person in the research: their random study id, their research consent (separate from taking part,
 * per kind of data, with the information letter's version) and whether they stopped answering
 * questionnaires. Gone with the membership (erasure).
 */
@Entity('research_participants')
export class ResearchParticipant {
  @PrimaryColumn('uuid')
  membershipId: string;

  @OneToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;

  /** Random, stored: not derivable from the account (see README, research export). */
  @Index('uq_research_participants_study_id', { unique: true })
  @Column('text')
  studyId: string;

  @Column('boolean', { default: false })
  consentAnswers: boolean;

  @Column('boolean', { default: false })
  consentPhaseTimeline: boolean;

  @Column('boolean', { default: false })
  consentPhaseTags: boolean;

  @Column('text', { nullable: true })
  letterVersion: string | null;

  @Column('timestamptz', { nullable: true })
  consentGivenAt: Date | null;

  @Column('timestamptz', { nullable: true })
  consentWithdrawnAt: Date | null;

  @Column('timestamptz', { nullable: true })
  questionnairesStoppedAt: Date | null;
}

/** An answered or skipped questionnaire moment of one enrolment. Answers are the person's own. */
@Entity('questionnaire_responses')
@Index('uq_questionnaire_responses_moment', ['enrolmentId', 'questionnaireId', 'moment'], { unique: true })
@Index(['membershipId'])
export class QuestionnaireResponse {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Column('text')
  questionnaireId: string;

  @Column('text')
  questionnaireVersion: string;

  @Column('text')
  moment: string;

  /** answered | skipped */
  @Column('text')
  status: string;

  @Column('smallint', { array: true, nullable: true })
  answers: number[] | null;

  /** The published score (MHC-SF: mean of all items), for reports. */
  @Column('real', { nullable: true })
  score: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A random study code per traject, so exports never carry traject ids. */
@Entity('research_traject_codes')
export class ResearchTrajectCode {
  @PrimaryColumn('uuid')
  trajectId: string;

  @OneToOne(() => Traject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'traject_id' })
  traject?: Traject;

  @Column('uuid')
  organisationId: string;

  @Index('uq_research_traject_codes_code', { unique: true })
  @Column('text')
  code: string;
}

/** That the in-app reminder for a due moment went out (once per enrolment and moment). */
@Entity('questionnaire_reminders')
export class QuestionnaireReminder {
  @PrimaryColumn('uuid')
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @PrimaryColumn('text')
  moment: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
