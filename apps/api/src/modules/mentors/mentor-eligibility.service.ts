import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MentorEligibility, mentorEligibility } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { PathLoader } from '../participant-paths/path-loader.js';
import { MentorsRepository } from './mentors.repository.js';

/** A zwart-gat score counts for mentoring while it is this fresh (the job scores alumni in follow-up daily). */
const RECENT_SCORE_DAYS = 7;

/** Who may be a mentor now: the domain's rules, with every input read from the database. */
@Injectable()
export class MentorEligibilityService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly paths: PathLoader,
    private readonly repo: MentorsRepository,
  ) {}

  async forMembers(
    membershipIds: string[],
    em: EntityManager = this.ds.manager,
  ): Promise<Map<string, MentorEligibility>> {
    const now = this.clock.now();
    const out = new Map<string, MentorEligibility>();
    if (membershipIds.length === 0) return out;
    const facts = await this.repo.eligibilityFacts(em, membershipIds, now, RECENT_SCORE_DAYS);
    const paths = await this.paths.paths(membershipIds, now);
    for (const f of facts) {
      const path = paths.get(f.id);
      out.set(
        f.id,
        mentorEligibility(
          {
            trajectCompleted: f.completed,
            getuigenisReached: path?.phasesReached.some((p) => p.phase === 'getuigenis') ?? false,
            getuigenisConfirmedByFacilitator: f.confirmed ?? undefined,
            optedIn: f.status === 'active' || f.status === 'paused',
            paused: f.status === 'paused',
            maxMentees: f.max_mentees ?? 2,
            activeMentees: f.open,
            lastAcuteCrisisAt: f.acute_at ? new Date(f.acute_at) : null,
            zwartGatHigh: f.zwart_gat_high,
          },
          now,
        ),
      );
    }
    return out;
  }
}
