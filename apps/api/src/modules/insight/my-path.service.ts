import { Injectable } from '@nestjs/common';
import type { MyPathView, PhaseId } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { Clock } from '../../common/clock.js';
import { InsightRepository } from './insight.repository.js';
import { PathLoader } from '../participant-paths/path-loader.js';

const HISTORY = 10;

/**
 * "Mijn pad": where a person places themselves in the model, beside what their own contributions and
 * recognitions suggest. Only ever for the person themselves; the signals meant for facilitators (flags)
 * are left out, and the data is told as steps taken.
 */
@Injectable()
export class MyPathService {
  constructor(
    private readonly repo: InsightRepository,
    private readonly paths: PathLoader,
    private readonly clock: Clock,
  ) {}

  async view(actor: Actor): Promise<MyPathView> {
    const now = this.clock.now();
    const [path, history] = await Promise.all([
      this.paths.path(actor.membershipId, now),
      this.repo.selfPlacementHistory(actor.membershipId, HISTORY),
    ]);
    const latest = history[0];
    return {
      selfPlacement: latest ? { phase: latest.phase, at: latest.at.toISOString() } : null,
      history: history.map((h) => ({ phase: h.phase, at: h.at.toISOString() })),
      data: {
        currentPhase: path.currentPhase,
        currentPhaseSince: path.currentPhaseSince?.toISOString() ?? null,
        currentPhaseSignals: path.currentPhaseSignals,
        phasesReached: path.phasesReached.map((p) => ({
          phase: p.phase,
          reachedAt: p.reachedAt.toISOString(),
          by: p.by,
        })),
        kantelpunt: path.kantelpunt.at ? path.kantelpunt.at.toISOString() : null,
        contributions: path.contributions,
        recognitionsGiven: path.recognitionsGiven,
        recognitionsReceived: path.recognitionsReceived,
      },
    };
  }

  /** A new self-placement; history is kept, the newest counts. Choosing the same place again adds nothing. */
  async place(actor: Actor, phase: PhaseId): Promise<MyPathView> {
    const [latest] = await this.repo.selfPlacementHistory(actor.membershipId, 1);
    if (latest?.phase !== phase)
      await this.repo.addSelfPlacement(actor.organisationId, actor.membershipId, phase, this.clock.now());
    return this.view(actor);
  }
}
